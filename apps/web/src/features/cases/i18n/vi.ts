/** Vietnamese first: the words a pupil, a parent, a counsellor or a ward police officer reads. */
export const vi = {
  title: 'Vụ việc', nav: { cases: 'Vụ việc', ward: 'Vụ việc được chuyển', stats: 'Thống kê vụ việc', report: 'Báo cáo sự việc', call: 'Ghi cuộc gọi' },
  category: {
    violence_physical: 'Bạo lực thể chất (đánh, xô đẩy)', violence_verbal: 'Bạo lực lời nói (chửi, đe doạ, lăng mạ)', cyberbullying: 'Bắt nạt trên mạng',
    abuse_physical: 'Xâm hại trẻ em: bạo hành thân thể', abuse_sexual: 'Xâm hại tình dục', neglect: 'Bỏ mặc, sao nhãng trẻ em',
    online_grooming: 'Dụ dỗ trên mạng, "bắt cóc online"', scam: 'Lừa đảo học sinh hoặc phụ huynh', drugs: 'Ma tuý, chất cấm', weapons: 'Vũ khí, hung khí',
    gate_traffic: 'Giao thông trước cổng trường', stranger: 'Người lạ đáng ngờ', self_harm: 'Tự làm hại bản thân, nguy cơ tự tử', other: 'Việc khác',
  },
  status: { new: 'Mới', triaged: 'Đã phân loại', in_progress: 'Đang xử lý', resolved: 'Đã giải quyết', closed: 'Đã đóng' },
  priority: { low: 'Thấp', normal: 'Bình thường', high: 'Cao', urgent: 'Khẩn cấp' },
  source: { web_form: 'Biểu mẫu công khai', hotline: 'Đường dây nóng', guardian_app: 'Phụ huynh (ứng dụng)', student_app: 'Học sinh (ứng dụng)', gate_alert: 'Cảnh báo từ cổng' },
  confidentiality: { standard: 'Thông thường', restricted: 'Hạn chế', secret: 'Mật' },
  audience: { school_leadership: 'Ban giám hiệu', counsellor: 'Tư vấn tâm lý', ward_police: 'Công an phường', ward_committee: 'UBND phường', department: 'Sở GD&ĐT' },
  agency: { ward_police: 'Công an phường', ward_committee: 'UBND phường' },
  agencyStatus: { notified: 'Đã được báo, chưa tiếp nhận', acknowledged: 'Đã tiếp nhận', info_requested: 'Đề nghị bổ sung thông tin', findings: 'Đã có kết quả xác minh', closed: 'Đã xong phần việc' },
  outcome: { reminder: 'Nhắc nhở', apology: 'Xin lỗi', criticism: 'Phê bình', self_assessment: 'Viết bản tự kiểm điểm' },
  overdue: { first_response: 'Quá hạn phản hồi đầu tiên', resolve: 'Quá hạn giải quyết', intervention: 'Quá 12 giờ can thiệp' },
  help: {
    title: 'Cần giúp ngay?', call111: 'Gọi 111 — Tổng đài quốc gia bảo vệ trẻ em', note111: 'Miễn phí, 24/7. Nếu có nguy hiểm ngay, gọi 113 (công an).',
    school: 'Đường dây nóng {{name}}: {{phone}}', report: 'Báo cáo sự việc (có thể ẩn danh)', followUp: 'Xem trả lời cho báo cáo đã gửi',
  },
  report: {
    title: 'Báo cáo sự việc', lead: 'Em, bạn hoặc người thân gặp chuyện không an toàn? Hãy kể cho nhà trường. Không cần đăng nhập, có thể ẩn danh.',
    school: 'Trường', chooseSchool: 'Chọn trường', category: 'Chuyện gì đã xảy ra?', what: 'Kể lại sự việc', whatHint: 'Ai, làm gì, bao nhiêu lần. Không cần ghi tên mình.',
    where: 'Ở đâu? (không bắt buộc)', when: 'Khi nào? (không bắt buộc)', photos: 'Ảnh (không bắt buộc)',
    photosHint: 'Tối đa 3 ảnh JPEG, PNG, WebP hoặc HEIC, mỗi ảnh dưới 5 MB. Máy chủ xoá thông tin vị trí (GPS, EXIF) trong ảnh.',
    photoTooBig: 'Ảnh "{{name}}" lớn hơn 5 MB.', photoType: 'Tệp "{{name}}" không phải ảnh JPEG, PNG, WebP hoặc HEIC.', tooMany: 'Chỉ gửi được tối đa 3 ảnh.', totalTooBig: 'Tổng dung lượng ảnh quá lớn (tối đa khoảng 7 MB).',
    removePhoto: 'Bỏ ảnh {{name}}', anonymous: 'Gửi ẩn danh (nhà trường không biết ai gửi)', contactName: 'Tên của bạn', contactPhone: 'Số điện thoại để nhà trường liên hệ',
    contactNote: 'Chỉ hiệu trưởng và cán bộ tư vấn được xem tên và số điện thoại của bạn; người bị báo cáo không bao giờ thấy.',
    website: 'Để trống ô này', submit: 'Gửi báo cáo', working: 'Đang gửi an toàn…', abuseNote: 'Chuyện xâm hại hoặc dụ dỗ trên mạng được chuyển ngay cho công an phường và UBND phường.',
  },
  receipt: {
    title: 'Đã gửi báo cáo', writeDown: 'Hãy ghi lại mã và mật khẩu này. Đây là cách duy nhất để xem trả lời của nhà trường; nhà trường không biết bạn là ai nên không thể gửi lại.',
    code: 'Mã theo dõi', passphrase: 'Mật khẩu', copy: 'Sao chép', copied: 'Đã sao chép', urgent: 'Nếu em đang gặp nguy hiểm, hãy gọi 111 ngay.',
    followUp: 'Xem trả lời', another: 'Gửi báo cáo khác',
  },
  follow: {
    title: 'Xem trả lời', lead: 'Nhập mã theo dõi và mật khẩu bạn nhận được khi gửi báo cáo.', code: 'Mã theo dõi', passphrase: 'Mật khẩu', open: 'Mở',
    status: 'Tình trạng', sentAt: 'Gửi lúc', thread: 'Trao đổi với nhà trường', none: 'Nhà trường chưa trả lời. Hãy quay lại sau.',
    fromSchool: 'Nhà trường', fromMe: 'Bạn', message: 'Tin nhắn cho nhà trường', send: 'Gửi tin nhắn', sent: 'Đã gửi.', refresh: 'Tải lại', leave: 'Thoát',
  },
  list: {
    title: 'Vụ việc của trường', wardTitle: 'Vụ việc được chuyển đến phường', filters: 'Lọc', all: 'Tất cả', status: 'Trạng thái', category: 'Loại', priority: 'Mức ưu tiên',
    empty: 'Không có vụ việc nào.', count: '{{count}} vụ việc', open: 'Mở hồ sơ {{code}}', newCall: 'Ghi cuộc gọi đường dây nóng', stats: 'Thống kê', live: 'Đang cập nhật trực tiếp', offline: 'Mất kết nối, đang thử lại…',
    firstResponse: 'Phản hồi đầu tiên', responded: 'Đã phản hồi', resolveBy: 'Hạn giải quyết',
  },
  clock: {
    intervention: 'Thời hạn can thiệp 12 giờ', left: 'còn {{time}}', over: 'quá {{time}}', stopped: 'đã dừng', due: 'hạn {{at}}',
  },
  detail: {
    back: 'Danh sách vụ việc', filed: 'Nhận lúc {{at}} qua {{source}}', what: 'Nội dung', where: 'Địa điểm', when: 'Thời gian xảy ra', subject: 'Người bị báo cáo', none: '—',
    attachments: 'Ảnh đính kèm', noAttachments: 'Không có ảnh.', addPhoto: 'Thêm ảnh', clocks: 'Thời hạn', scope: 'Mức mật và phạm vi phân phối',
    confidentiality: 'Mức mật', distribution: 'Được xem', reporter: 'Người báo tin', reporterAnon: 'Ẩn danh', reporterNamed: 'Có danh tính (được bảo mật)',
    reveal: 'Xem danh tính người báo tin', revealReason: 'Lý do xem (được ghi vào nhật ký)', revealDo: 'Xem', reporterName: 'Tên', reporterPhone: 'Điện thoại',
    suggest111: 'Vụ việc này cần báo 111 (Tổng đài bảo vệ trẻ em) nếu trẻ còn nguy hiểm.', closedBecause: 'Đã đóng. Lý do: {{reason}}', assignedTo: 'Người phụ trách',
  },
  triage: {
    title: 'Phân loại và xử lý', category: 'Loại vụ việc', formerAssignee: 'Người phụ trách cũ (không còn giữ vai trò)',
    willEscalate: 'Khi lưu, vụ việc xâm hại / dụ dỗ trên mạng được chuyển ngay cho công an phường và UBND phường, cán bộ được nhắn tin, thời hạn can thiệp 12 giờ bắt đầu và gợi ý gọi 111.',
    role: { school_admin: 'Ban giám hiệu', counsellor: 'Tư vấn tâm lý' }, priority: 'Mức ưu tiên', assignee: 'Người phụ trách', me: 'Tôi', nobody: 'Chưa giao', save: 'Lưu phân loại', saved: 'Đã lưu.',
    move: 'Chuyển sang "{{status}}"', close: 'Đóng hồ sơ…', closeReason: 'Lý do đóng (bắt buộc)', closeDo: 'Đóng hồ sơ', neverDeleted: 'Hồ sơ không bao giờ bị xoá; đóng hồ sơ cần ghi lý do.',
  },
  tasks: { title: 'Việc cần làm', none: 'Chưa có việc nào.', add: 'Việc mới', addDo: 'Thêm việc', due: 'Hạn', done: 'Xong', markDone: 'Đánh dấu xong: {{title}}' },
  notes: { title: 'Ghi chú nội bộ', none: 'Chưa có ghi chú.', add: 'Ghi chú mới', addDo: 'Thêm ghi chú' },
  chat: {
    title: 'Trao đổi ẩn danh với người báo tin', none: 'Chưa có tin nhắn.', reply: 'Trả lời người báo tin', send: 'Gửi trả lời', reporter: 'Người báo tin', school: 'Nhà trường',
    noThread: 'Người báo qua điện thoại nên không có kênh trao đổi ẩn danh.',
  },
  escalate: {
    title: 'Chuyển công an phường và UBND phường', lead: 'Khi có xâm hại hoặc nguy cơ xâm hại: chuyển ngay, bắt đầu thời hạn can thiệp 12 giờ (Nghị định 56/2017, Điều 25–26).',
    note: 'Ghi chú cho cơ quan (không bắt buộc)', do: 'Chuyển ngay', done: 'Đã chuyển công an phường và UBND phường.',
  },
  agencies: {
    title: 'Cơ quan phối hợp', none: 'Chưa chuyển cơ quan nào.', notified: 'Báo lúc {{at}}', acknowledged: 'tiếp nhận lúc {{at}}', closed: 'xong lúc {{at}}',
    events: 'Trao đổi với cơ quan', message: 'Gửi thông tin cho cơ quan', send: 'Gửi', acknowledge: 'Tiếp nhận', requestInfo: 'Đề nghị nhà trường bổ sung thông tin',
    requestDo: 'Gửi đề nghị', findings: 'Kết quả xác minh', findingsDo: 'Ghi kết quả', closePart: 'Kết thúc phần việc của {{agency}}', closeNote: 'Ghi chú khi kết thúc (không bắt buộc)', closeDo: 'Kết thúc phần việc',
    recategorised: 'do đổi loại vụ việc', messaged: 'đã nhắn tin cho {{count}} cán bộ, {{without}} cán bộ chưa có số điện thoại (chỉ xem trong ứng dụng)',
    ours: 'Phần việc của {{agency}}', kinds: {
      escalated: 'Chuyển cơ quan', agency_acknowledge: 'Tiếp nhận', agency_request_info: 'Đề nghị bổ sung', agency_add_findings: 'Kết quả xác minh', agency_close_part: 'Kết thúc phần việc', school_to_agency: 'Nhà trường gửi',
    },
  },
  discipline: {
    title: 'Hình thức xử lý học sinh (Thông tư 19/2025/TT-BGDĐT)', lead: 'Chỉ các hình thức Thông tư cho phép ở cấp học này. Không có đình chỉ, không có buộc thôi học.',
    student: 'Học sinh (tên hoặc mã)', outcome: 'Hình thức', note: 'Ghi chú (không bắt buộc)', record: 'Ghi nhận', none: 'Chưa ghi nhận hình thức nào.',
  },
  call: {
    title: 'Ghi cuộc gọi đường dây nóng', lead: 'Ghi lại cuộc gọi thành một hồ sơ vụ việc. Người gọi có thể không nói tên.', callerName: 'Tên người gọi (nếu họ cho biết)',
    callerPhone: 'Số điện thoại người gọi', subject: 'Người bị báo cáo (nếu biết)', priority: 'Mức ưu tiên (để trống: theo loại)', byCategory: 'Theo loại vụ việc', save: 'Lưu thành hồ sơ', saved: 'Đã lưu hồ sơ {{code}}.',
  },
  stats: {
    title: 'Thống kê vụ việc', level: 'Cấp', levels: { school: 'Trường', ward: 'Phường', province: 'Tỉnh / thành phố' }, scope: 'Phạm vi', from: 'Từ ngày', to: 'Đến ngày', show: 'Xem',
    total: 'Tổng số vụ việc', byCategory: 'Theo loại', bySchool: 'Theo trường', byMonth: 'Theo tháng', byStatus: 'Theo trạng thái', firstResponse: 'Thời gian đến phản hồi đầu tiên',
    close: 'Thời gian đến khi đóng', median: 'Trung vị', p90: '90% trong vòng', hours: '{{n}} giờ', counted: '{{count}} vụ có số liệu', noData: 'Chưa có số liệu', xlsx: 'Tải báo cáo Excel (.xlsx)', pdf: 'Tải báo cáo PDF',
    fromLog: 'Mọi con số được tính từ nhật ký vụ việc; báo cáo ghi kèm câu truy vấn để ai cũng kiểm tra lại được.', chartOf: 'Biểu đồ cột: {{title}}', noScope: 'Bạn không có phạm vi thống kê nào.',
  },
  member: {
    title: 'Báo cáo cho nhà trường', lead: 'Báo cáo được gửi đến trường của con (hoặc của em). Bạn nhận mã theo dõi và mật khẩu để xem trả lời.',
    child: 'Báo cáo về việc liên quan đến', about: 'Gửi đến trường của {{name}}.', noChild: 'Tài khoản chưa gắn với học sinh nào. Hãy dùng biểu mẫu công khai.',
    anonymous: 'Giấu tên tôi với nhà trường',
    anonymousNote: 'Nhà trường chỉ biết báo cáo đến từ ứng dụng, không biết bạn là ai.',
    namedNote: 'Tên bạn được gửi kèm nhưng bảo mật: chỉ hiệu trưởng và cán bộ tư vấn được xem (có ghi nhật ký); người bị báo cáo, giáo viên và công an không bao giờ thấy.',
    public: 'Dùng biểu mẫu công khai, không đăng nhập',
  },
  home: {
    school: 'Vụ việc', open: '{{count}} vụ việc đang mở', overdue: '{{count}} vụ quá hạn', openList: 'Mở danh sách vụ việc', ward: 'Vụ việc mới chuyển đến', wardNone: 'Không có vụ việc nào đang chờ tiếp nhận.',
    wardNew: 'Có vụ việc mới được chuyển đến. Hãy tiếp nhận trong thời hạn 12 giờ.', report: 'Báo cáo sự việc', call111: 'Gọi 111', reportMember: 'Gặp chuyện không an toàn ở trường hoặc trên mạng? Báo cho nhà trường ngay trong tài khoản; có thể giấu tên với nhà trường.', reportLead: 'Gặp chuyện không an toàn ở trường hoặc trên mạng? Báo cho nhà trường, có thể ẩn danh.',
  },
};
