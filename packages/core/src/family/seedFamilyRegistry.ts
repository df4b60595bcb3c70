import type { Deps } from '../ports/deps.ts';
import { phoneKey } from './verifyCode.ts';

/**
 * The demo school's scam-defence registry: its hotline, two staff numbers, and two warnings about scams that
 * really go round Vietnamese schools. Idempotent, so `truongan demo` can run twice.
 */
export async function seedFamilyRegistry(deps: Deps, schoolId: string, hotline: string) {
  const at = deps.clock.now();
  const contacts: Array<[string, string, string]> = [
    [hotline, 'Đường dây nóng Trường THCS Nguyễn Trãi', 'hotline'],
    ['0983 456 601', 'Cô Nguyễn Thị Hoa – GVCN lớp 6A1', 'homeroom_teacher'],
    ['0904 112 233', 'Cô Phạm Thị Lan – Hiệu trưởng', 'principal'],
  ];
  for (const [phone, label, role] of contacts) {
    await deps.repos.family.insertContact({ id: deps.ids.next(), schoolId, phoneKey: phoneKey(phone)!, phone, label, role, createdAt: at.toISOString() });
  }
  if ((await deps.repos.family.bulletins({ schoolIds: [schoolId] }, 1)).length) return;
  const bulletins: Array<[string, string, string, number]> = [
    ['hospital', 'Cảnh giác: cuộc gọi báo "con đang cấp cứu, chuyển tiền ngay"',
      'Kẻ gian xưng là giáo viên hoặc bác sĩ, báo con bị tai nạn và đòi chuyển tiền mổ gấp. Nhà trường KHÔNG BAO GIỜ yêu cầu chuyển tiền qua điện thoại. Hãy cúp máy, gọi đường dây nóng của trường hoặc giáo viên chủ nhiệm theo số đã đăng ký để kiểm tra.', 2],
    ['fake_police', 'Giả danh công an gọi điện "con liên quan vụ án"',
      'Công an không làm việc qua điện thoại hay Zalo và không yêu cầu chuyển tiền. Không cung cấp mã OTP, số tài khoản. Gọi 113 hoặc Công an phường để xác minh; gọi 111 nếu lo cho an toàn của con.', 9],
  ];
  for (const [kind, title, body, daysAgo] of bulletins) {
    await deps.repos.family.insertBulletin({ id: deps.ids.next(), schoolId, kind, title, body, publishedBy: 'Phạm Thị Lan (Hiệu trưởng)',
      publishedAt: new Date(at.getTime() - daysAgo * 86_400_000).toISOString() });
  }
}
