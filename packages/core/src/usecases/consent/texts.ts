import type { ConsentPurpose } from '@truongan/contracts';

/**
 * The consent texts guardians read. A decision records the version it answered, so changing a text
 * means a new version (never edit one in place). Informed consent names the data, purpose,
 * controller, retention and rights (Law 91/2025, Decree 356/2025).
 */
export const CONSENT_TEXTS: Record<ConsentPurpose, { version: string; vi: string; en: string }> = {
  face_recognition: {
    version: 'face-2026-01',
    vi: 'Tôi đồng ý để nhà trường (bên kiểm soát dữ liệu) thu thập và xử lý ảnh khuôn mặt của con tôi (dữ liệu sinh trắc học – dữ liệu cá nhân nhạy cảm) '
      + 'chỉ nhằm ghi nhận giờ vào/ra cổng trường. Mẫu khuôn mặt được mã hoá, lưu trên máy chủ của trường tại Việt Nam, không chia sẻ cho bên thứ ba, '
      + 'và bị xoá ngay khi tôi rút lại đồng ý hoặc con tôi rời trường. Tôi có thể rút lại đồng ý bất cứ lúc nào; khi đó con tôi điểm danh bằng thẻ hoặc mã QR.',
    en: 'I agree that the school (the data controller) collects and processes my child\'s face images (biometric, sensitive personal data) only to record '
      + 'entry and exit times at the school gate. Face templates are encrypted, kept on the school\'s server in Vietnam, never shared with third parties, '
      + 'and deleted as soon as I withdraw consent or my child leaves the school. I may withdraw at any time; my child then checks in with a card or QR code.',
  },
  snapshot_sharing: {
    version: 'snapshot-2026-01',
    vi: 'Tôi đồng ý nhận ảnh chụp tại cổng khi con tôi vào/ra trường qua đường liên kết có thời hạn, chỉ dành cho phụ huynh đã đăng ký và giáo viên chủ nhiệm. '
      + 'Ảnh được lưu tối đa 30 ngày rồi tự động xoá.',
    en: 'I agree to receive the gate snapshot when my child enters or leaves school, through a short-lived link, only for registered guardians and the '
      + 'homeroom teacher. Snapshots are kept for at most 30 days and then deleted automatically.',
  },
};

/** From this age the child's own agreement is needed as well (Decree 56/2017 Art 36). */
export const ASSENT_AGE = 7;
