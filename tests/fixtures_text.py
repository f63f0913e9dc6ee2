"""Article texts written for the tests (never copied from the corpus)."""

SAVED_PAGE = """\
مكتبة المدينة تفتح أبوابها ليلاً للقراء

profile
  • clock 3 مارس 2024, 8:05:12 م
  • eye 12,480
  • تم نسخ عنوان المقال إلى الحافظة
Slide 01
Slide 02

قررت مكتبة المدينة العامة أن تفتح قاعاتها حتى منتصف الليل طوال شهر الربيع.

وقال مدير المكتبة إن القرار جاء بعد استطلاع شارك فيه 1200 قارئ.
وأضاف أن القاعة الكبرى ستخصص للطلاب.

Wi-Fi مجاني متاح في كل الطوابق، بحسب بيان المكتبة.



التعليقات (7)
"""

SAVED_PAGE_ENGLISH_CHROME = """\
The night library opens its doors

profile
  • clock March 3, 2024 8:05 PM
  • eye 1.204
  • Article title copied to clipboard
Slide 03

The city library will stay open until midnight all spring.

Readers asked for it in a survey.

Comments (12)
"""

PLAIN = """\
رسالة قصيرة عن القراءة

القراءة في المساء عادة قديمة.
تستمر السطور في الفقرة نفسها.

الفقرة الثانية تبدأ هنا.
"""

TAGGED = """\
<DOC>
<DOCNO>TEST-0001</DOCNO>
<URL>https://news.example/ar/article/1</URL>
<SRC>ExampleNews</SRC>
<TITLE>افتتاح معرض الكتاب &quot;الدولي&quot; في العاصمة</TITLE>
<TIME>Mon, 04 Mar 2024 10:30:00 GMT</TIME>
<AUTHOR>سلمى ناصر</AUTHOR>
<ABSTRACT>
ملخص قصير للخبر.
</ABSTRACT>
<TEXT>
افتتح صباح اليوم معرض الكتاب بمشاركة 300 دار نشر.
ويستمر المعرض عشرة أيام.
---------------------
</TEXT>
</DOC>
"""

MARKDOWN = """\
# دليل القارئ

مقدمة **قصيرة** عن التطبيق.

## الميزات

- الإشارات المرجعية
- الملاحظات
  - المتداخلة

1. أولاً
2. ثانياً

> القراءة غذاء العقل.

```
print("مرحبا")
```
"""

HTML_PAGE = """\
<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>حديقة السطح الخضراء - موقع المثال</title>
<meta property="og:title" content="حديقة السطح الخضراء">
<meta name="author" content="كريم الحداد">
<meta property="og:site_name" content="موقع المثال">
<meta property="article:published_time" content="2024-05-02T09:15:00+03:00">
<link rel="stylesheet" href="http://127.0.0.1:9/style.css">
<script src="http://127.0.0.1:9/tracker.js"></script>
</head>
<body>
<nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a> | <a href="/x">اتصل بنا</a></nav>
<article>
<h1>حديقة السطح الخضراء</h1>
<p>زرع سكان العمارة حديقة صغيرة فوق السطح، وجمعوا فيها الطماطم والنعناع والريحان طوال الصيف.</p>
<p>وقالت إحدى الساكنات إن الحديقة صارت مكاناً يلتقي فيه الجيران كل مساء بعد العمل الطويل.</p>
<img src="page_files/garden.png" alt="صورة الحديقة فوق السطح">
<h2>كيف بدأت الفكرة</h2>
<p>بدأت الفكرة باقتراح من طفل في الطابق الثالث، ثم تحمس لها الجميع واشتروا الأصص والتربة.</p>
<blockquote><p>الحديقة علمتنا الصبر والتعاون.</p></blockquote>
<ul><li>الطماطم في الزاوية الشمالية</li><li>النعناع قرب الباب</li></ul>
</article>
<aside class="ads">إعلان: اشترِ الآن بخصم كبير</aside>
<footer>جميع الحقوق محفوظة</footer>
</body>
</html>
"""

# A 1x1 transparent PNG.
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def add_paragraphs(library, title: str, *paragraphs: str) -> int:  # noqa: ANN001
    """An article of these paragraphs in ``library``, through the import's own finishing."""
    from reader.importing.model import Block, ParsedArticle
    from reader.importing.pipeline import finish

    parsed = finish(ParsedArticle(
        title=title, format="text",
        blocks=[Block(kind="paragraph", text=p) for p in paragraphs],
    ))
    return library.add(parsed).id
