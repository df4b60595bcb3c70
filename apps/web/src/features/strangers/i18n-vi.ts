/** Vietnamese texts of the strangers feature (alert queue, escalation, ward police portal). */
export const vi = {
  title: 'Cảnh báo an ninh',
  queue: 'Hàng đợi cảnh báo',
  live: 'Trực tiếp',
  offline: 'Mất kết nối – đang thử lại',
  empty: 'Không có cảnh báo nào đang chờ xử lý.',
  showAll: 'Hiện cả cảnh báo đã xử lý',
  nav: { alerts: 'Cảnh báo', police: 'Cảnh báo từ trường' },
  kind: {
    stranger_lingering: 'Người lạ nán lại', stranger_returning: 'Người lạ quay lại nhiều ngày', unknown_inside: 'Người lạ trong trường',
    watchlist_match: 'Trùng danh sách theo dõi', visitor_watchlist: 'Khách trùng danh sách theo dõi', visitor_overstay: 'Khách ở quá giờ', pickup_unlisted: 'Đón trẻ không có tên',
  },
  status: { open: 'Mới', acknowledged: 'Đã xem', confirmed: 'Đã xác nhận', false_alarm: 'Báo nhầm', escalated: 'Đã chuyển công an' },
  priority: { high: 'Khẩn', normal: 'Thường' },
  zone: { gate_lane: 'Làn cổng', outside: 'Ngoài cổng', perimeter: 'Hàng rào', inside: 'Trong trường' },
  zones: { title: 'Vị trí camera', help: 'Vị trí quyết định quy tắc người lạ: chỉ camera làn cổng ghi lượt vào ra; camera trong trường cảnh báo ngay khi thấy người lạ.' },
  police: { sent: 'Công an chưa tiếp nhận', acknowledged: 'Công an đã tiếp nhận', reported: 'Công an đã phản hồi' },
  at: 'Lúc', camera: 'Camera', snapshots: 'Ảnh chụp', clip: 'Đoạn phim (trước và sau 5 giây)', noClip: 'Camera này không có đoạn phim.',
  clipPending: 'Đang cắt đoạn phim…',
  confirmedBy: 'Người xác nhận', handledBy: 'Người xử lý', note: 'Ghi chú',
  actions: {
    acknowledge: 'Đã xem', confirm: 'Xác nhận là thật', falseAlarm: 'Báo nhầm', escalate: 'Chuyển công an phường', send: 'Gửi', cancel: 'Hủy',
  },
  falseAlarm: {
    title: 'Đánh dấu báo nhầm', legend: 'Vì sao báo nhầm?',
    known_visitor: 'Khách quen (không cảnh báo người này nữa)', staff: 'Cán bộ, giáo viên, nhân viên (không cảnh báo người này nữa)',
    camera_conditions: 'Do điều kiện camera (ánh sáng, góc quay…)', other: 'Lý do khác',
  },
  escalate: {
    title: 'Chuyển công an phường', help: 'Hồ sơ gồm: nội dung, vị trí, thời gian, ảnh, đoạn phim và người xác nhận. Chỉ gửi được sau khi một người đã xác nhận cảnh báo.',
    notePlaceholder: 'Đề nghị công an hỗ trợ gì?', needsConfirm: 'Cần xác nhận cảnh báo trước khi chuyển công an.',
  },
  portal: {
    title: 'Cảnh báo các trường chuyển đến', lead: 'Cảnh báo đã được nhà trường xác nhận và chuyển cho công an phường.', empty: 'Chưa có cảnh báo nào được chuyển đến.',
    school: 'Trường', what: 'Nội dung', where: 'Vị trí', when: 'Thời gian', raisedAt: 'Phát hiện', confirmedAt: 'Xác nhận', escalatedAt: 'Chuyển đi',
    schoolNote: 'Lời nhắn của trường', acknowledge: 'Tiếp nhận', report: 'Phản hồi cho nhà trường', reportLabel: 'Kết quả xử lý', sendReport: 'Gửi phản hồi',
    acknowledgedBy: 'Người tiếp nhận', reportBack: 'Phản hồi của công an',
  },
};
