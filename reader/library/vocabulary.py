"""The reader's vocabulary: words kept from the lookup panel with their lemma, root, part of
speech, definitions and the sentence they came from; listed, filtered, exported as a CSV
that Anki imports (front: the sentence with the word in bold; back: lemma, root,
definitions) and as Markdown."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import uuid as uuid_module
from dataclasses import asdict, dataclass, field
from html import escape

from reader.library.transactions import transaction
from reader.text.dates import utc_now

MAX_SENTENCE = 1000


@dataclass
class Word:
    word: str
    lemma: str
    root: str = ""
    pos: str = ""
    definitions: list[str] = field(default_factory=list)
    sentence: str = ""
    article_id: int | None = None
    article_title: str = ""
    added_at: str = ""
    id: int | None = None
    uuid: str = ""

    def as_json(self) -> dict[str, object]:
        return asdict(self)


_COLUMNS = ("word", "lemma", "root", "pos", "definitions", "sentence", "article_id",
            "article_title", "added_at", "id", "uuid")


def _word(row: tuple) -> Word:
    values = dict(zip(_COLUMNS, row, strict=True))
    try:
        definitions = json.loads(values["definitions"])
    except ValueError:
        definitions = []
    values["definitions"] = [d for d in definitions if isinstance(d, str)]
    return Word(**values)


class Vocabulary:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, entry: Word) -> Word:
        """Keep ``entry``; the same word from the same sentence of the same article is kept
        once (its earlier entry returned)."""
        same = self.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM vocabulary WHERE word = ? AND lemma = ?"
            " AND sentence = ? AND article_id IS ?",
            (entry.word, entry.lemma, entry.sentence[:MAX_SENTENCE], entry.article_id),
        ).fetchone()
        if same:
            return _word(same)
        from reader.library.word_index import root_key

        with transaction(self.conn) as conn:
            cursor = conn.execute(
                """INSERT INTO vocabulary (uuid, word, lemma, root, pos, definitions, sentence,
                   article_id, article_title, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (entry.uuid or str(uuid_module.uuid4()), entry.word[:200], entry.lemma[:200],
                 root_key(entry.root)[:20], entry.pos[:40],
                 json.dumps(entry.definitions[:10], ensure_ascii=False),
                 entry.sentence[:MAX_SENTENCE], entry.article_id, entry.article_title[:1000],
                 entry.added_at or utc_now().isoformat()),
            )
        found = self.get(int(cursor.lastrowid or 0))
        assert found is not None
        return found

    def get(self, entry_id: int) -> Word | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM vocabulary WHERE id = ?", (entry_id,)
        ).fetchone()
        return _word(row) if row else None

    def all(self, root: str = "", article_id: int | None = None, since: str = "",
            text: str = "") -> list[Word]:
        """Newest first; narrowed by root, article, a date (ISO, from), or a word, lemma or
        sentence that holds ``text``."""
        where, params = [], []
        if root:
            from reader.library.word_index import root_key

            where.append("root = ?")
            params.append(root_key(root))
        if article_id is not None:
            where.append("article_id = ?")
            params.append(article_id)
        if since:
            where.append("added_at >= ?")
            params.append(since)
        if text:
            where.append("(instr(word, ?) OR instr(lemma, ?) OR instr(sentence, ?))")
            params += [text, text, text]
        rows = self.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM vocabulary"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY added_at DESC, id DESC", params,
        ).fetchall()
        return [_word(r) for r in rows]

    def remove(self, entry_id: int) -> bool:
        with transaction(self.conn) as conn:
            return conn.execute("DELETE FROM vocabulary WHERE id = ?", (entry_id,)).rowcount > 0


def _marked(sentence: str, word: str) -> str:
    """The sentence as HTML with the word in bold (Anki shows a field as HTML)."""
    if not sentence:
        return f"<b>{escape(word)}</b>"
    at = sentence.find(word)
    if at < 0:
        return escape(sentence) + f"<br><b>{escape(word)}</b>"
    return (escape(sentence[:at]) + f"<b>{escape(word)}</b>"
            + escape(sentence[at + len(word):]))


def anki_csv(words: list[Word]) -> str:
    """Two fields a note, as Anki's File › Import reads a comma-separated file with HTML
    allowed: the front, the sentence with the word marked; the back, the lemma, its root and
    the definitions."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    out.write("#separator:Comma\n#html:true\n#columns:Front;Back\n")
    for w in words:
        back = f'<div dir="rtl"><b>{escape(w.lemma)}</b>'
        if w.root:
            back += f" — {escape(' '.join(w.root))}"
        back += "".join(f"<br>{escape(d)}" for d in w.definitions[:4]) + "</div>"
        writer.writerow([f'<div dir="rtl">{_marked(w.sentence, w.word)}</div>', back])
    return out.getvalue()


def markdown(words: list[Word]) -> str:
    lines = ["# Vocabulary", ""]
    for w in words:
        head = f"## {w.word} — {w.lemma}"
        lines.append(head + (f" ({' '.join(w.root)})" if w.root else ""))
        lines.append("")
        if w.sentence:
            at = w.sentence.find(w.word)
            quoted = (w.sentence[:at] + f"**{w.word}**" + w.sentence[at + len(w.word):]
                      if at >= 0 else w.sentence)
            lines += [f"> {quoted}", ""]
        lines += [f"- {d}" for d in w.definitions[:4]]
        if w.article_title:
            lines.append(f"\n*{w.article_title}*")
        lines.append("")
    return "\n".join(lines)
