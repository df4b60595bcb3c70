import type { LessonRecord } from '../../ports/prevention.ts';

/**
 * The starter library of safety lessons (Vietnamese). Stable ids so that re-seeding updates the text without
 * losing acknowledgements. Hotlines: 111 (national child protection, free, 24/7), 113 (police).
 */
export const SAFETY_LESSONS: LessonRecord[] = [
  {
    id: 'lesson-online-grooming', slug: 'nhan-biet-du-do-tren-mang', audience: 'both', topic: 'online_grooming', position: 1,
    title: 'Nhận biết dụ dỗ trên mạng và "bắt cóc online"',
    body: 'Kẻ xấu thường làm quen qua mạng xã hội, trò chơi trực tuyến hoặc ứng dụng nhắn tin, khen ngợi, tặng quà, hứa việc nhẹ lương cao, '
      + 'rồi dần đòi giữ bí mật, đòi ảnh riêng tư hoặc dọa nạt. Trong kiểu "bắt cóc online", chúng đe dọa hoặc dụ trẻ tự cô lập ở một nơi '
      + '(như nhà nghỉ), cắt liên lạc với gia đình, rồi gọi cho cha mẹ đòi tiền chuộc. Không ai có quyền bắt em giữ bí mật với cha mẹ.',
    keyPoints: [
      'Không gửi ảnh, video riêng tư cho bất kỳ ai, kể cả người quen trên mạng.',
      'Người lạ đòi giữ bí mật, tặng quà, hẹn gặp riêng: dừng trò chuyện và kể ngay với cha mẹ hoặc thầy cô.',
      'Không làm theo lời ai yêu cầu rời nhà, tắt điện thoại hay tự ở một mình để "phối hợp điều tra".',
      'Bị đe dọa: chụp màn hình giữ bằng chứng, chặn tài khoản, gọi 111 hoặc báo công an.',
    ],
  },
  {
    id: 'lesson-scam-calls', slug: 'cuoc-goi-lua-dao-gia-danh', audience: 'both', topic: 'scam', position: 2,
    title: 'Cuộc gọi lừa đảo giả danh nhà trường, công an',
    body: 'Kẻ gian gọi điện xưng là giáo viên, hiệu trưởng, nhân viên y tế hoặc công an, báo tin con đang cấp cứu, gây tai nạn hay liên quan vụ án, '
      + 'rồi hối thúc chuyển tiền ngay. Nhà trường và công an không bao giờ yêu cầu chuyển tiền qua điện thoại.',
    keyPoints: [
      'Giữ bình tĩnh, không chuyển tiền khi nghe tin dữ qua điện thoại.',
      'Gọi lại số giáo viên chủ nhiệm hoặc số đường dây nóng của trường mà gia đình đã lưu sẵn để kiểm tra.',
      'Không đọc mã OTP, không cài ứng dụng hay bấm đường link do người lạ gửi.',
      'Công an làm việc bằng giấy mời, không gọi video để "lấy lời khai" hay yêu cầu chuyển tiền.',
    ],
  },
  {
    id: 'lesson-stranger-gate', slug: 'nguoi-la-o-cong-truong', audience: 'student', topic: 'stranger', position: 3,
    title: 'Người lạ ở cổng trường',
    body: 'Người lạ có thể nói "bố mẹ nhờ chú đón cháu", cho quà, rủ đi chơi hoặc nhờ chỉ đường. Chỉ đi với người cha mẹ đã báo trước với nhà trường.',
    keyPoints: [
      'Không đi theo, không nhận quà, đồ ăn, nước uống của người lạ.',
      'Có người lạ nói được nhờ đón: quay vào trường, báo bảo vệ hoặc thầy cô để gọi cho cha mẹ.',
      'Thống nhất với cha mẹ một "mật khẩu gia đình" mà người đón hộ phải nói đúng.',
      'Thấy ai lảng vảng, theo dõi học sinh: báo ngay bảo vệ hoặc thầy cô.',
    ],
  },
  {
    id: 'lesson-gate-traffic', slug: 'an-toan-giao-thong-cong-truong', audience: 'both', topic: 'gate_traffic', position: 4,
    title: 'An toàn giao thông ở cổng trường',
    body: 'Giờ tan trường, cổng trường đông xe. Học sinh dưới 18 tuổi không được điều khiển xe mô tô có dung tích xi-lanh trên 50 cm³; '
      + 'dưới 16 tuổi chỉ đi xe đạp, xe đạp điện. Cha mẹ không giao xe cho con chưa đủ tuổi.',
    keyPoints: [
      'Luôn đội mũ bảo hiểm đạt chuẩn, cài quai đúng cách khi ngồi xe máy, xe đạp điện.',
      'Cha mẹ đón con đỗ xe đúng nơi quy định, không dừng đỗ giữa lòng đường trước cổng trường.',
      'Đi bộ sang đường ở vạch kẻ hoặc theo hướng dẫn của bảo vệ, đội cờ đỏ.',
      'Không đi hàng ba, không đùa nghịch, không dùng điện thoại khi tham gia giao thông.',
    ],
  },
];
