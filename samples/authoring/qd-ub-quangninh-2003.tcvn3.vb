[grid 6.2 9.8]
= {13}{H}**Ủy ban nhân dân**
= {13}{H}**tỉnh Quảng Ninh**
---
[cell]
= {13}{H}**Cộng hòa xã hội chủ nghĩa Việt Nam**
= {14}**Độc lập - Tự do - Hạnh phúc**
---
[row]
= {13}Số: 4250/2003/QĐ-UB
[cell]
= {14}__Hạ Long, ngày 15 tháng 12 năm 2003__
[/grid]
~
= {14}{H}**Quyết định**
= **V/v giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách năm 2004**
-----
= {14}{H}**Ủy ban nhân dân tỉnh Quảng Ninh**
~
- Căn cứ Luật Tổ chức Hội đồng nhân dân và UBND ngày 21/6/1994;
- Căn cứ Nghị quyết số 95/2003/NQ-HĐ ngày 10/12/2003 của HĐND tỉnh khóa X, kỳ họp thứ 13 về nhiệm vụ phát triển kinh tế - xã hội năm 2004;
- Căn cứ Quyết định số 192/2003/QĐ-BTC ngày 20/11/2003 của Bộ trưởng Bộ Tài chính về việc giao dự toán ngân sách nhà nước năm 2004;
- Xét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư và Giám đốc Sở Tài chính,
~
= {14}{H}**Quyết định:**
~
**Điều 1.** Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách năm 2004 cho các sở, ban, ngành và các huyện, thị xã, thành phố với các chỉ tiêu chủ yếu sau:
- Tốc độ tăng trưởng kinh tế (GDP) đạt 11 - 12%;
- Tổng thu ngân sách nhà nước trên địa bàn: 3.150 tỷ đồng;
- Sản lượng than sạch: 20 triệu tấn;
- Tổng khách du lịch: 2,5 triệu lượt khách;
- Tỷ lệ hộ nghèo giảm xuống còn 6%.
**Điều 2.** Giám đốc các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố căn cứ chỉ tiêu được giao tổ chức triển khai thực hiện; định kỳ hàng quý báo cáo UBND tỉnh (qua Sở Kế hoạch và Đầu tư) trước ngày 20 tháng cuối quý.
**Điều 3.** Quyết định này có hiệu lực kể từ ngày 01/01/2004. Chánh Văn phòng HĐND và UBND tỉnh, Giám đốc các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.
~
[grid 7.5 8.5]
< {12}**__Nơi nhận:__**
< {11}- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
< {11}- Bộ Kế hoạch và Đầu tư, Bộ Tài chính (b/c);
< {11}- Như Điều 2;
< {11}- Lưu: VP, TH.
[cell]
= {14}{H}**TM. Ủy ban nhân dân tỉnh Quảng Ninh**
= {14}{H}**Chủ tịch**
~
= {14}__(Đã ký)__
~
= {14}**Trần Quang Vinh**
[/grid]
