"""The full expected reading of the two corpus plans, written by reading each document.

One row per indicator and sub-indicator: code, group, unit, rule kind, value, low, high,
baseline year, and how the name starts. A container (an item split into sub-indicators) has
no unit and no target (kind None).
"""

from __future__ import annotations

Row = tuple[str, str, str | None, str | None, str | None, str | None, str | None, int | None, str]

NA_DUONG: list[Row] = [
    ("1", "economy", "%", "avg_annual_growth", "10", None, None, None, "Thu ngân sách nhà nước trên địa bàn"),
    ("2", "economy", "%", "growth_vs_baseline", "42", None, None, 2025, "Thu nhập bình quân đầu người"),
    ("3", "economy", None, None, None, None, None, None, "Số km đường xã"),
    ("3.1", "economy", "km", "equal", "15.4", None, None, None, "Số km đường xã được rải nhựa"),
    ("3.2", "economy", "thôn", "ratio", "41", None, "41", None, "Số thôn có đường ô tô"),
    ("4", "economy", "tấn", "at_least", "7000", None, None, None, "Sản lượng lương thực có hạt"),
    ("5", "economy", None, None, None, None, None, None, "Sản xuất điện"),
    ("5.1", "economy", "triệu KWh", "at_least", "700", None, None, None, "Sản xuất điện"),
    ("5.2", "economy", "tấn", "at_least", "850000", None, None, None, "Sản lượng tiêu thụ than"),
    ("6", "economy", "%", "more_than", "60", None, None, None, "Các Cụm công nghiệp Na Dương"),
    ("7", "economy", None, None, None, None, None, None, "Thành lập mới"),
    ("7.1", "economy", "doanh nghiệp", "cumulative", "20", None, None, None, "Thành lập mới doanh nghiệp"),
    ("7.2", "economy", "hợp tác xã", "cumulative", "5", None, None, None, "Thành lập mới hợp tác xã"),
    ("8", "economy", "lượt người", "equal", "10000", None, None, None, "Số lượng khách du lịch"),
    ("9", "society", "%", "at_least", "60", None, None, None, "Tỷ lệ trường học đạt chuẩn quốc gia"),
    ("10", "society", "%", "maintain", "100", None, None, None, "Duy trì xã đạt Bộ tiêu chí quốc gia về y tế"),
    ("11", "society", "%", "at_least", "96", None, None, None, "Tỷ lệ dân số tham gia bảo hiểm y tế"),
    ("12", "society", None, None, None, None, None, None, "Tỷ lệ lao động đã qua đào tạo"),
    ("12.1", "society", "%", "at_least", "76", None, None, None, "Tỷ lệ lao động đã qua đào tạo"),
    ("12.2", "society", "%", "range", None, "35", "40", None, "Tỷ lệ lao động có bằng cấp, chứng chỉ"),
    ("13", "society", "%", "at_most", "3", None, None, None, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều"),
    ("14", "society", None, None, None, None, None, None, "Tỷ lệ hồ sơ"),
    ("14.1", "society", "%", "equal", "100", None, None, None, "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa"),
    ("14.2", "society", "%", "at_least", "90", None, None, None, "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến"),
    ("15", "environment", None, None, None, None, None, None, "Tỷ lệ che phủ rừng"),
    ("15.1", "environment", "%", "equal", "50.03", None, None, None, "Tỷ lệ che phủ rừng"),
    ("15.2", "environment", "ha", "equal", "100", None, None, None, "Trồng rừng hàng năm"),
    ("16", "environment", "%", "equal", "80", None, None, None, "Tỷ lệ dân số nông thôn sử dụng nước sạch"),
    ("17", "environment", "%", "equal", "90", None, None, None, "Tỷ lệ chất thải rắn sinh hoạt"),
]
NA_DUONG_GROUPS = [
    ("economy", "Chỉ tiêu kinh tế"),
    ("society", "Chỉ tiêu về văn hóa - xã hội"),
    ("environment", "Chỉ tiêu về môi trường"),
]

TAM_THANH: list[Row] = [
    ("1", "economy", "%", "avg_annual_growth", "10", None, None, None, "Thu nội địa"),
    ("2", "economy", "%", "growth_vs_baseline", "25", None, None, 2025, "Thu nhập bình quân đầu người"),
    ("3", "economy", None, None, None, None, None, None, "Phấn đấu đến năm 2030 thu hút"),
    ("3.1", "economy", "khách", "equal", "1500000", None, None, None, "Thu hút khách du lịch"),
    ("3.2", "economy", "doanh nghiệp", "at_least", "600", None, None, None, "Có doanh nghiệp hoạt động"),
    ("4", "economy", "tuyến phố", "cumulative", "6", None, None, None, "Duy trì các tuyến phố"),
    ("5", "economy", None, None, None, None, None, None, "Hằng năm kiểm tra"),
    ("5.1", "economy", "%", "equal", "100", None, None, None, "Hằng năm kiểm tra công trình xây dựng"),
    ("5.2", "economy", "%", "at_least", "97", None, None, None, "Tỷ lệ công trình xây dựng thực hiện đúng quy định"),
    ("5.3", "economy", "%", "equal", "100", None, None, None, "Xử lý công trình vi phạm"),
    ("6", "economy", None, None, None, None, None, None, "Đến năm 2030, cấp Giấy chứng nhận"),
    ("6.1", "economy", "%", "equal", "100", None, None, None, "Cấp Giấy chứng nhận quyền sử dụng đất"),
    ("6.2", "economy", "%", "maintain", "45.38", None, None, None, "Duy trì tỷ lệ che phủ rừng"),
    ("7", "society", None, None, None, None, None, None, "Duy trì và giữ vững"),
    ("7.1", "society", None, "qualitative", None, None, None, None, "Duy trì và giữ vững kết quả đạt chuẩn phổ cập"),
    ("7.2", "society", "trường", "ratio", "6", None, "8", None, "Duy trì trường học đạt chuẩn quốc gia"),
    ("7.3", "society", "trường", "equal", "1", None, None, None, "Công nhận lại trường"),
    ("7.4", "society", "trường", "cumulative", "1", None, None, None, "Công nhận mới thêm trường học"),
    ("8", "society", None, None, None, None, None, None, "Tỷ lệ Gia đình văn hóa"),
    ("8.1", "society", "%", "at_least", "95", None, None, None, "Tỷ lệ Gia đình văn hóa"),
    ("8.2", "society", "%", "at_least", "90", None, None, None, "Tỷ lệ cơ quan, khu dân cư văn hóa"),
    ("9", "society", None, None, None, None, None, None, "Tỷ lệ lao động qua đào tạo"),
    ("9.1", "society", "%", "at_least", "85", None, None, None, "Tỷ lệ lao động qua đào tạo hằng năm"),
    ("9.2", "society", "%", "at_least", "65", None, None, None, "Tỷ lệ lao động đã qua đào tạo có bằng"),
    ("10", "society", None, "qualitative", None, None, None, None, "Không còn hộ nghèo"),
    ("11", "society", None, None, None, None, None, None, "Duy trì phường đạt chuẩn quốc gia về y tế"),
    ("11.1", "society", None, "qualitative", None, None, None, None, "Duy trì phường đạt chuẩn quốc gia về y tế"),
    ("11.2", "society", "%", "at_least", "98", None, None, None, "Tỷ lệ người dân tham gia bảo hiểm y tế"),
    ("12", "society", "%", "equal", "100", None, None, None, "Hoàn thành chỉ tiêu giao quân"),
    ("13", "society", None, None, None, None, None, None, "Xây dựng Công an phường"),
    ("13.1", "society", None, "qualitative", None, None, None, None, "Xây dựng Công an phường điển hình"),
    ("13.2", "society", "%", "reduction", "5", None, None, None, "Giảm số vụ phạm tội"),
    ("13.3", "society", "%", "equal", "100", None, None, None, "Tỷ lệ tiếp nhận, xử lý tin báo"),
    ("14", "society", "%", "at_least", "98", None, None, None, "Tỷ lệ giải quyết đơn thuộc thẩm quyền"),
    ("15", "society", None, None, None, None, None, None, "Tỷ lệ hồ sơ"),
    ("15.1", "society", "%", "equal", "100", None, None, None, "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa"),
    ("15.2", "society", "%", "equal", "100", None, None, None, "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến"),
    ("15.3", "society", "%", "equal", "100", None, None, None, "Cán bộ công chức làm chủ kỹ năng số"),
    ("15.4", "society", "%", "at_least", "65", None, None, None, "Tỷ lệ doanh nghiệp ứng dụng công nghệ số"),
    ("15.5", "society", "doanh nghiệp", "at_least", "2", None, None, None, "Có doanh nghiệp khoa học công nghệ"),
    ("16", "environment", None, None, None, None, None, None, "Đến năm 2030, tỷ lệ rác thải"),
    ("16.1", "environment", "%", "equal", "100", None, None, None, "Tỷ lệ rác thải và chất thải rắn được thu gom và xử lý"),
    ("16.2", "environment", "%", "equal", "100", None, None, None, "Người dân được sử dụng nước sạch"),
]
TAM_THANH_GROUPS = [
    ("economy", "Chỉ tiêu kinh tế"),
    ("society", "Chỉ tiêu xã hội"),
    ("environment", "Chỉ tiêu môi trường"),
]
