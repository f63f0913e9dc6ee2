"""Markdown: headings, paragraphs, lists, quotes and code become blocks."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from reader import messages as M
from reader.importing.model import Block, ImportFailed, ParsedArticle

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@cache
def _parser() -> MarkdownIt:
    # Imported on first use: the window's start-up never needs a Markdown parser.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")
_SHAPE = re.compile(r"^(#{1,6} \S|[-*+] \S|\d+[.)] \S|> |```)", re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    return len(_SHAPE.findall(text[:20000])) >= 2 and bool(re.search(r"^#{1,6} \S", text, re.M))


def _inline_text(token: Token) -> str:
    """Inline content as plain text: emphasis markers dropped, images by their alt text."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" " if child.type == "softbreak" else "\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts).strip()


def parse_markdown(text: str) -> ParsedArticle:
    tokens = _parser().parse(text)
    blocks: list[Block] = []
    context: list[str] = []  # open containers: "quote", "bullet", "ordered"
    heading_level = 0
    for token in tokens:
        kind = token.type
        if kind == "blockquote_open":
            context.append("quote")
        elif kind == "bullet_list_open":
            context.append("bullet")
        elif kind == "ordered_list_open":
            context.append("ordered")
        elif kind in ("blockquote_close", "bullet_list_close", "ordered_list_close"):
            context.pop()
        elif kind == "heading_open":
            heading_level = int(token.tag[1])
        elif kind == "heading_close":
            heading_level = 0
        elif kind in ("fence", "code_block"):
            blocks.append(Block("preformatted", token.content.rstrip("\n")))
        elif kind == "inline":
            content = _inline_text(token)
            if not content:
                continue
            lists = [c for c in context if c != "quote"]
            if heading_level:
                blocks.append(Block("heading", content, level=heading_level))
            elif lists:
                blocks.append(
                    Block("list_item", content, level=len(lists), ordered=lists[-1] == "ordered")
                )
            elif "quote" in context:
                blocks.append(Block("quote", content))
            else:
                blocks.append(Block("paragraph", content))
    if not blocks:
        raise ImportFailed(M.EMPTY_MARKDOWN)
    title = ""
    first = blocks[0]
    if first.kind == "heading" and first.level == 1:
        title = first.text
        blocks = blocks[1:] or blocks
    else:
        title = next((b.text for b in blocks if b.kind == "heading"), first.text)
    return ParsedArticle(title=title, blocks=blocks, format="markdown")
