> {13}**DỰ THẢO**
[grid 6.2 9.8]
= {13}**ỦY BAN NHÂN DÂN**
= {13}**TỈNH QUẢNG NINH**
---
[cell]
= {13}**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
= {14}**Độc lập - Tự do - Hạnh phúc**
---
[row]
= {13}Số:        /KH-UBND
[cell]
= {14}__Quảng Ninh, ngày 05 tháng 5 năm 2025__
[/grid]
~
= **KẾ HOẠCH**
= **Thực hiện Nghị quyết số 05-NQ/TU ngày 20/3/2025 của Tỉnh ủy về phát triển kinh tế di sản gắn với du lịch bền vững giai đoạn 2025 - 2030, định hướng đến năm 2045**
-----
Thực hiện Nghị quyết số 05-NQ/TU ngày 20/3/2025 của Tỉnh ủy và Nghị quyết số 12/NQ-HĐND ngày 12/12/2024 của Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện với các nội dung sau:
**I. MỤC ĐÍCH, YÊU CẦU**
1. Cụ thể hóa các mục tiêu, nhiệm vụ của Nghị quyết thành các chương trình, dự án có lộ trình, địa chỉ và nguồn lực rõ ràng.
2. Phân công rõ trách nhiệm của các sở, ngành, địa phương; gắn kết quả thực hiện với đánh giá, xếp loại cơ quan, đơn vị hằng năm.
**II. CHỈ TIÊU ĐẾN NĂM 2027**
- Tổng khách du lịch đạt 24 triệu lượt khách, trong đó khách quốc tế đạt 5,5 triệu lượt.
- Tổng thu từ khách du lịch đạt 65.000 tỷ đồng.
- 100% khu, điểm di tích đã được xếp hạng có bộ nhận diện và thuyết minh số.
**III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN**
1. Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng Đề án phát triển sản phẩm du lịch di sản, trình Ủy ban nhân dân tỉnh trong tháng 8/2025.
2. Sở Tài chính chủ trì, cân đối, bố trí kinh phí thực hiện Kế hoạch; dự kiến tổng kinh phí khoảng 120 tỷ đồng giai đoạn 2025 - 2027.
3. Ủy ban nhân dân các địa phương có di tích quốc gia đặc biệt hoàn thành quy hoạch bảo tồn, tôn tạo di tích trước Quý IV/2026.
**IV. TỔ CHỨC THỰC HIỆN**
Các sở, ngành, địa phương định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch để tổng hợp, báo cáo Ủy ban nhân dân tỉnh. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh./.
~
[grid 7.5 8.5]
< {12}**__Nơi nhận:__**
< {11}- Ban Thường vụ Tỉnh ủy (b/c);
< {11}- TT HĐND tỉnh;
< {11}- CT, các PCT UBND tỉnh;
< {11}- Các sở, ban, ngành;
< {11}- UBND các huyện, thị xã, thành phố;
< {11}- Lưu: VT, VX.
[cell]
= {14}**TM. ỦY BAN NHÂN DÂN**
= {14}**CHỦ TỊCH**
[/grid]
