"""Text editors can type that is known to trip up renderers, and long text to check what prints.

HOSTILE maps each string to the parts of it that must come back from pdftotext (white space aside). Markup,
entities, format strings and words without a break print exactly. The embedded CJK font (WenQuanYi Zen Hei)
has no glyphs for emoji, Arabic, Hebrew or characters outside the Basic Multilingual Plane, and control and
zero-width characters print as nothing, so of those strings only the Chinese beside them can be checked: the
document must still render. None holds NUL, which PostgreSQL refuses in text.
"""

MARKUP = "<b>不是粗体</b> <i>x</i> <br/> <para> <font name='x' size='99'>大</font>"
ENTITIES = "A & B &amp; &lt;br/&gt; &nbsp; &#x41; &unknown; ]]>"
SCRIPT = "<script>alert('护校')</script><img src=x onerror=alert(1)>"
FORMAT = "%s %(role)s {0} {action} %%"
LONG_WORD = "W" * 2000  # no break opportunity at all
URL = "https://example.edu.cn/" + "safety-drill-" * 150 + "end"
EMOJI = "火警🚒🔥👩‍🚒"
RTL = "阿拉伯文مرحبا希伯来文שלום\u202e反转\u202c"
ASTRAL = "𠮷野家"  # U+20BB7, outside the Basic Multilingual Plane
CONTROL = "制表\t竖表\x0b换页\x0c响铃\x07退格\x08转义\x1b删除\x7f回车\r换行\r\n结束"
INVISIBLE = "零宽\u200b空格\ufeff行分隔\u2028段分隔\u2029完"

HOSTILE = {
    MARKUP: [MARKUP],
    ENTITIES: [ENTITIES],
    SCRIPT: [SCRIPT],
    FORMAT: [FORMAT],
    LONG_WORD: [LONG_WORD],
    URL: [URL],
    EMOJI: ["火警"],
    RTL: ["阿拉伯文", "希伯来文", "反转"],
    ASTRAL: ["野家"],
    CONTROL: ["制表", "竖表", "换页", "响铃退格转义删除回车", "换行", "结束"],
    INVISIBLE: ["零宽", "空格", "行分隔", "段分隔", "完"],
}


def one_line(value: str) -> str:
    """The string as a single-line field (a title or a CharBlock) takes it: line breaks become spaces."""
    return " ".join(value.split())


def long_chinese(length: int, sentence: str = "第{n}句：组织学生沿指定路线有序撤离，") -> str:
    """Chinese text of exactly `length` characters in which no stretch repeats, so a check that finds its start
    and end (or all of it, in order) cannot be fooled by a repeated sentence. Give each long field of one
    document its own `sentence` (with {n} in it) so their starts differ too."""
    sentences, total, n = [], 0, 1
    while total < length:
        sentences.append(sentence.format(n=n))
        total += len(sentences[-1])
        n += 1
    return "".join(sentences)[: length - 1] + "。"
