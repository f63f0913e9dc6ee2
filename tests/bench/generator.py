"""Deterministic Arabic articles for benchmarks: varied lengths, harakat in some, Latin words and
digits mixed in. The vocabulary is ours; the same seed always gives the same library."""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import cache
from itertools import accumulate
from pathlib import Path

WORDS = (
    "المكتبة القراءة الكتاب المدينة الطلاب الباحثين الجامعة الحديقة السوق الشارع المدرسة"
    " الحكومة الوزارة البرلمان الانتخابات الاقتصاد الشركة السوق المال الأسعار النفط الطاقة"
    " الرياضة المباراة الفريق المدرب الملعب الجمهور الفن المسرح السينما الموسيقى المهرجان"
    " الصحة المستشفى الطبيب الدواء المرض العلاج التعليم المعلم الصف الامتحان النتائج"
    " قال أعلن أكد أشار أضاف أوضح كشف ذكر نقل تابع استمر بدأ انتهى وصل غادر عاد"
    " في من إلى على عن مع بعد قبل خلال بين حتى منذ لدى عند حول ضد دون"
    " جديد كبير صغير قديم مهم واسع قريب بعيد سريع طويل قصير أول آخر عام خاص"
    " اليوم أمس غدا الأسبوع الشهر العام المقبل الماضي صباحا مساء ليلا"
    " والكتاب بالمدينة للطلاب فالجامعة وبالحديقة كالمعتاد لكن ثم أو أيضا فقط جدا"
).split()
LATIN = (
    "Twitter", "Bluesky", "Qt", "HarfBuzz", "Python", "OpenAI", "Linux", "UNESCO", "Reuters",
    "Google", "Apple", "Samsung", "NASA", "FIFA", "Netflix", "Tesla", "Amazon", "Huawei",
    "Spotify", "Wikipedia", "YouTube", "Instagram", "TikTok", "Microsoft", "Intel", "Nokia",
    "BBC", "CNN", "UEFA", "WHO", "IMF", "OPEC",
)
HARAKAT = ("\u064e", "\u064f", "\u0650", "\u0652", "\u0651\u064e")
SITES = ("مثال نيوز", "Example Daily", "صحيفة الغد", "الموقع العربي", "")


_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ant"


@cache
def vocabulary() -> tuple[tuple[str, ...], list[int]]:
    """Words and cumulative weights. From the corpus's word frequencies when it is there (so
    that word frequencies, and with them search selectivity, look like real news text), else
    the built-in list with a Zipf-like weighting. Words only: no sentence is reproduced."""
    counts: Counter[str] = Counter()
    if _CORPUS.is_dir():
        for path in sorted(_CORPUS.glob("*/*.txt")):
            text = path.read_text("utf-8", errors="replace")
            body = text.split("<TEXT>", 1)[-1]
            counts.update(w for w in re.findall(r"[\u0621-\u064a]{2,}", body))
    if len(counts) < 1000:
        counts = Counter({word: 1000 // (rank + 1) + 1 for rank, word in enumerate(WORDS)})
    words, weights = zip(*counts.most_common(), strict=True)
    return words, list(accumulate(weights))


def _word(rng: random.Random) -> str:
    words, cumulative = vocabulary()
    return rng.choices(words, cum_weights=cumulative, k=1)[0]


def sentence(rng: random.Random, vocalised: bool) -> str:
    words = []
    for _ in range(rng.randint(6, 18)):
        roll = rng.random()
        if roll < 0.006:
            words.append(rng.choice(LATIN))
        elif roll < 0.05:
            words.append(str(rng.randint(1, 2030)) if rng.random() < 0.7 else
                         str(rng.randint(1, 999)).translate(str.maketrans("0123456789",
                                                                          "٠١٢٣٤٥٦٧٨٩")))
        elif vocalised and roll < 0.3:
            # Fully vocalised, as in religious or educational text: a mark after each letter.
            words.append("".join(c + rng.choice(HARAKAT) for c in _word(rng)))
        else:
            words.append(_word(rng))
    return " ".join(words) + rng.choice((".", ".", ".", "،", "؟"))


def article(index: int, seed: int = 1, paragraphs: int | None = None) -> str:
    """One saved-page-like article as text: title, blank line, paragraphs."""
    rng = random.Random(seed * 1_000_003 + index)
    vocalised = rng.random() < 0.25
    count = paragraphs or rng.choice((2, 4, 6, 8, 12, 20, 40))
    title = " ".join(_word(rng) for _ in range(rng.randint(4, 10)))
    if rng.random() < 0.15:
        title = rng.choice(LATIN) + " " + title
    body = [
        " ".join(sentence(rng, vocalised) for _ in range(rng.randint(2, 6)))
        for _ in range(count)
    ]
    return f"{title} {index}\n\n" + "\n\n".join(body) + "\n"


def saved_page(index: int, seed: int = 1) -> str:
    """The same, wrapped in page chrome like a copied news page."""
    text = article(index, seed)
    title, _, body = text.partition("\n\n")
    day = index % 28 + 1
    return (
        f"{title}\n\nprofile\n  • clock {day} مارس 2024, 9:{index % 60:02d}:00 ص\n"
        f"  • eye {index * 7 % 100000:,}\n  • تم نسخ عنوان المقال إلى الحافظة\nSlide 01\n\n"
        f"{body}\nالتعليقات ({index % 9})\n"
    )


def html_page(index: int, seed: int = 1) -> str:
    text = article(index, seed, paragraphs=8)
    title, _, body = text.partition("\n\n")
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{title} - موقع</title><meta property=\"og:title\" content=\"{title}\">"
        f'<meta name="author" content="كاتب {index}"></head><body>'
        f'<nav><a href="/">الرئيسية</a> <a href="/a">أخبار</a></nav>'
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        f'<aside>إعلان</aside><footer>جميع الحقوق محفوظة</footer></body></html>'
    )
