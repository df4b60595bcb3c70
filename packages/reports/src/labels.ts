/** Vietnamese labels of the report (the report is an official document; Vietnamese only). */
export const CATEGORY_VI: Record<string, string> = {
  violence_physical: 'Bạo lực thể chất', violence_verbal: 'Bạo lực lời nói', cyberbullying: 'Bắt nạt trên mạng',
  abuse_physical: 'Xâm hại thể chất', abuse_sexual: 'Xâm hại tình dục', neglect: 'Bỏ mặc, sao nhãng', online_grooming: 'Dụ dỗ trên mạng ("bắt cóc online")',
  scam: 'Lừa đảo học sinh, phụ huynh', drugs: 'Ma túy', weapons: 'Vũ khí', gate_traffic: 'Giao thông cổng trường', stranger: 'Người lạ',
  self_harm: 'Nguy cơ tự hại, tự tử', other: 'Khác',
};
export const STATUS_VI: Record<string, string> = { new: 'Mới', triaged: 'Đã phân loại', in_progress: 'Đang xử lý', resolved: 'Đã giải quyết', closed: 'Đã đóng' };
export const T = {
  period: 'Kỳ báo cáo', issuer: 'Đơn vị báo cáo', generated: 'Thời điểm lập', schools: 'Các trường trong phạm vi', total: 'Tổng số vụ việc',
  byCategory: 'Theo loại vụ việc', bySchool: 'Theo trường', byMonth: 'Theo tháng', byStatus: 'Theo trạng thái', count: 'Số vụ',
  firstResponse: 'Thời gian phản hồi đầu tiên (giờ)', close: 'Thời gian đến khi đóng (giờ)', median: 'Trung vị', p90: 'Phân vị 90', measured: 'Số vụ đo được',
  query: 'Truy vấn nguồn (để kiểm chứng số liệu)', params: 'Tham số', noData: 'không có dữ liệu',
  note: 'Số liệu được tính tự động từ nhật ký vụ việc, không nhập tay. Chạy truy vấn dưới đây trên cơ sở dữ liệu để kiểm chứng từng con số.',
};
export const fmtDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');
export const fmtNum = (n: number | null) => (n === null ? T.noData : n.toLocaleString('vi-VN'));
