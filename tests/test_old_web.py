"""Pages of the older web, as archives and old crawls hold them (holdout rounds 327-328): a forum
thread whose first post is a news story, the member's card and the signature's rule around it.

The pages are composed for these tests; each fails on the code before those rounds."""

from __future__ import annotations

import newsclean

AR_PARAGRAPHS = [
    "قررت بلدية المدينة نقل سوق الخضار المركزي من وسط المدينة إلى قطعة أرض على الطريق الدائري، على أن يبدأ العمل في الموقع الجديد مطلع العام المقبل.",
    "وقال رئيس البلدية إن القرار جاء بعد شكاوى متكررة من السكان بسبب الازدحام المروري في الشوارع المحيطة بالسوق خلال ساعات الصباح.",
    "في المقابل، عبّر عدد من التجار عن رفضهم للقرار، مؤكدين أن الموقع الجديد بعيد عن الزبائن وأن البلدية لم تستشرهم قبل اتخاذه.",
]


def test_a_forum_posts_member_card_and_signature_rule_go_in_html() -> None:
    """A vBulletin post: the member's card ("تاريخ التسجيل: Mar 2007", "المشاركات: 2,418", "الدولة: ...")
    over the story, "اقتباس" and the signature's rule under it: none of them is the story's text,
    though trafilatura keeps them with the post."""
    card = "".join(f"<div>{field}</div>" for field in ["مشرف قسم الأخبار", "تاريخ التسجيل: Mar 2007", "الدولة: إربد", "المشاركات: 2,418"])
    post = "".join(f"<p>{paragraph}</p>" for paragraph in AR_PARAGRAPHS)
    html = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>البلدية تنقل سوق الخضار إلى الطريق الدائري - منتديات الشمال</title></head><body>
<table class="tborder"><tr><td class="alt1"><a href="/forum">منتديات الشمال</a> &gt; <a href="/forum/news">الأخبار المحلية</a></td></tr></table>
<table id="post1" class="tborder"><tr><td class="thead">12-05-2008, 09:14 PM</td></tr>
<tr><td class="alt2" width="175"><a class="bigusername" href="/member/12">أبو يزن</a>{card}</td>
<td class="alt1" id="td_post_1"><div class="smallfont"><strong>البلدية تنقل سوق الخضار إلى الطريق الدائري</strong></div>
<div id="post_message_1">{post}</div>
<div>__________________</div>
<div>اقتباس</div></td></tr></table>
<div class="smallfont">Powered by vBulletin Version 3.7.2</div></body></html>"""
    article = newsclean.clean_html(html)
    assert list(article.paragraphs) == AR_PARAGRAPHS
