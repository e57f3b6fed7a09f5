"""Tests of zhkg.ingest: encodings, readers, boilerplate removal and metadata."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from zhkg.errors import InputError
from zhkg.ingest import decode, iter_articles, read_article_html, read_article_text
from zhkg.ingest.dates import is_date_line, parse_date
from zhkg.ingest.metadata import person_name, split_credit
from zhkg.ingest.patterns import load
from zhkg.model import METADATA_KEYS, Article, Failure

DATA = Path(__file__).parent / "data" / "ingest"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
if not CORPUS.is_dir():  # CI lays shared/ beside the clone
    CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
GOLD = sorted(CORPUS.glob("*.gold.json")) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not GOLD, reason="shared/corpus/dev not available")


def _norm(value: str | None) -> str | None:
    return None if value is None else "".join(unicodedata.normalize("NFKC", value).split())


def _source_of(gold: Path) -> Path:
    stem = gold.name[: -len(".gold.json")]
    return next(p for p in gold.parent.glob(stem + ".*") if p.name != gold.name)


def _read_one(path: Path) -> Article:
    (item,) = list(iter_articles([path]))
    assert isinstance(item, Article), item
    return item


# --- metadata against the gold of the dev corpus -------------------------------------


@needs_corpus
@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.name[: -len(".gold.json")])
def test_ingest_metadata_matches_gold(gold: Path) -> None:
    expected = json.loads(gold.read_text("utf-8"))["metadata"]
    article = _read_one(_source_of(gold))
    got = {k: _norm(article.metadata.get(k)) for k in METADATA_KEYS}
    want = {k: _norm(expected.get(k)) for k in METADATA_KEYS}
    assert got == want


@needs_corpus
@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.name[: -len(".gold.json")])
def test_ingest_text_keeps_gold_people_and_drops_byline_names(gold: Path) -> None:
    data = json.loads(gold.read_text("utf-8"))
    article = _read_one(_source_of(gold))
    flat = re.sub(r"[\s\u3000]", "", article.text)
    people = {e["name"] for e in data["entities"] if e["type"] == "Person"}
    assert sorted(p for p in people if p not in flat) == []
    meta = data["metadata"]
    byline_only = {meta[k] for k in ("author", "editor", "reviewer") if meta.get(k)} - people
    assert sorted(n for n in byline_only if n in flat) == []


@needs_corpus
@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.name[: -len(".gold.json")])
def test_ingest_text_lines_are_stripped_verbatim_lines_of_the_source(gold: Path) -> None:
    src = _source_of(gold)
    raw = decode(src.read_bytes(), str(src))
    article = _read_one(src)
    lines = article.text.split("\n")
    assert all(line and line == line.strip() for line in lines)
    assert lines[0] == article.metadata["title"]
    if src.suffix == ".txt":
        for line in lines[:-1]:
            assert line in raw
        # the last line may lose a closing credit (文/某人) but nothing before it
        assert lines[-1][: max(1, len(lines[-1]) - 40)] in raw


@needs_corpus
def test_ingest_founding_article_cuts_headline_list_and_keeps_body() -> None:
    src = CORPUS / "000_7932ba9587a02844.txt"
    raw = src.read_text("utf-8")
    article = _read_one(src)
    tail = raw[raw.index("阅读更多") :]
    listed = {
        m.group(1)
        for m in re.finditer(r"^\s*(?:•\s*)?([\u4e00-\u9fff]{2,3})[:：]", tail, re.M)
    }
    assert len(listed) >= 3
    assert sorted(n for n in listed if n in article.text) == []
    assert "阅读更多" not in article.text and "专栏" not in article.text
    assert article.text.split("\n")[-1].startswith("据悉")
    assert "责编" not in article.text and "审核" not in article.text


@needs_corpus
@pytest.mark.parametrize("src", sorted(CORPUS.glob("real-*.txt")) if GOLD else [], ids=lambda p: p.stem)
def test_ingest_real_reports_keep_title_and_whole_body(src: Path) -> None:
    raw_lines = [s.strip() for s in src.read_text("utf-8").splitlines() if s.strip()]
    article = _read_one(src)
    lines = article.text.split("\n")
    assert lines[0] == raw_lines[0]
    assert is_date_line(raw_lines[1]) and raw_lines[1] not in article.text
    body = raw_lines[2]
    kept = lines[1]
    # at most a closing credit and glued related-news links are cut off the end
    assert len(body) - len(kept) <= 100
    assert kept[: len(kept) - 60] == body[: len(kept) - 60]


@needs_corpus
@pytest.mark.parametrize("name", ["dev07-html-signing.html", "dev10-html-forum.html"])
def test_ingest_html_drops_sidebars_and_navigation(name: str) -> None:
    src = CORPUS / name
    root = lxml_html.fromstring(src.read_bytes())
    links = [a.text_content().strip() for a in root.iter("a") if len(a.text_content().strip()) > 6]
    article = _read_one(src)
    assert links, "the page has link lists"
    assert sorted(s for s in links if s in article.text) == []
    title = root.findtext(".//title")
    assert article.text.split("\n")[0] != title
    h1 = root.find(".//h1").text_content().strip()
    assert article.text.split("\n")[0] == h1
    assert len(article.text.split("\n")) >= 6  # headline and every paragraph


# --- encodings ---------------------------------------------------------------------------

SIMPLIFIED_TITLE = "华溪职业学院与云帆科技签订合作协议"


@pytest.mark.parametrize("name", ["gb18030.txt", "utf8-bom.txt", "utf16.txt"])
def test_ingest_decodes_encodings(name: str) -> None:
    article = _read_one(DATA / name)
    assert article.metadata["title"] == SIMPLIFIED_TITLE
    assert article.metadata["author"] == "柏雨桐"
    assert "\ufeff" not in article.text
    assert article.text.split("\n")[1].startswith("9月9日，华溪职业学院")


def test_ingest_decodes_big5() -> None:
    article = _read_one(DATA / "big5.txt")
    assert article.metadata["title"] == "華溪職業學院與雲帆科技簽訂合作協議"
    assert article.metadata["source"] == "華溪職業學院辦公室"
    assert article.metadata["published"] == "2024-09-10"


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "gb18030", "gbk"],
)
def test_ingest_decode_round_trips(encoding: str) -> None:
    text = "桐溪市教育局召开全市职业教育工作会议，会议由局长主持。" * 3
    if encoding == "utf-16-le-bom":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(encoding)
    assert decode(raw, "x.txt") == text


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"abc\x00def" * 10, "NUL"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200)), "PNG"),
        (b"%PDF-1.7 ...", "PDF"),
        (bytes(range(1, 32)) * 20, "printable"),
    ],
)
def test_ingest_decode_rejects_binary(raw: bytes, reason: str) -> None:
    with pytest.raises(InputError) as e:
        decode(raw, "pic.txt")
    assert "pic.txt" in str(e.value) and reason in str(e.value)


def test_ingest_decode_rejects_undecodable_bytes() -> None:
    raw = random.Random(7).randbytes(3000).replace(b"\x00", b"\x80")
    with pytest.raises(InputError) as e:
        decode(raw, "noise.txt")
    assert str(e.value).startswith("noise.txt: ")
    assert "decode" in str(e.value) or "binary" in str(e.value)


# --- readers and failures ----------------------------------------------------------------


def test_ingest_failures_are_reported_and_iteration_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\u3000\n", "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "furniture.txt").write_text("【打印本页】【关闭窗口】\n", "utf-8")
    good = tmp_path / "good.txt"
    good.write_text("学院召开会议\n3月1日，学院召开会议。\n", "utf-8")
    paths = [
        tmp_path / "missing.txt",
        tmp_path / "empty.txt",
        tmp_path / "blank.txt",
        tmp_path / "binary.txt",
        tmp_path / "furniture.txt",
        good,
    ]
    items = list(iter_articles(paths))
    assert [type(i).__name__ for i in items] == ["Failure"] * 5 + ["Article"]
    reasons = [i.error for i in items[:5]]
    assert reasons[0] == "no such file or directory"
    assert reasons[1] == reasons[2] == "empty file"
    assert "binary" in reasons[3] and "NUL" in reasons[3]
    assert "no article text" in reasons[4]
    assert [i.path for i in items] == [str(p) for p in paths]
    assert all("\n" not in r for r in reasons)


def test_ingest_unreadable_file_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("标题\n正文。", "utf-8")
    real_open = open

    def guarded_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(secret):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    (item,) = list(iter_articles([secret]))
    assert item == Failure(str(secret), "permission denied")


def test_ingest_jsonl_lines_and_failures_with_line_numbers() -> None:
    items = list(iter_articles([DATA / "mixed.jsonl"]))
    summary = [(type(i).__name__, i.line) for i in items]
    assert summary == [
        ("Article", 1),
        ("Failure", 2),
        ("Failure", 4),
        ("Article", 6),
        ("Failure", 7),
    ]
    first = items[0]
    assert first.text == "  华溪职业学院召开会议\n院长庞启文出席。  "  # unchanged
    assert first.metadata == {
        "title": "华溪职业学院召开会议",
        "source": "办公室",
        "published": "2024-09-02",
        "author": None,
        "editor": None,
        "reviewer": None,
    }
    assert first.url == "https://example.org/a"
    assert first.id == f"{DATA / 'mixed.jsonl'}#1"
    assert "invalid JSON" in items[1].error
    assert "neither" in items[2].error
    html_article = items[3]
    assert html_article.text == "学院举行运动会\n10月1日，学院举行秋季运动会，全院师生参加。"
    assert html_article.metadata["author"] == "柏雨桐"
    assert "object" in items[4].error


def test_ingest_empty_and_binary_jsonl(tmp_path: Path) -> None:
    (tmp_path / "e.jsonl").write_bytes(b"\n\n")
    (tmp_path / "b.jsonl").write_bytes(b"\x00\x00\x00\x01")
    items = list(iter_articles([tmp_path / "e.jsonl", tmp_path / "b.jsonl"]))
    assert [(i.error, i.line) for i in items] == [("empty file", None), ("binary file (contains NUL bytes)", None)]


def test_ingest_folder_order_and_extensions() -> None:
    tree = DATA / "tree"
    items = list(iter_articles([tree]))
    rel = [(os.path.relpath(i.path, tree), i.line) for i in items]
    assert rel == [
        (os.path.join("a", "y.txt"), None),
        (os.path.join("a", "z.html"), None),
        (os.path.join("b", "w.htm"), None),
        ("b.txt", None),
        ("c.jsonl", 1),
    ]
    assert [i.text.split("\n")[0] for i in items] == ["第零篇", "第一篇", "第四篇", "第二篇", "第三篇正文。"]


def test_ingest_explicit_file_is_read_whatever_its_extension(tmp_path: Path) -> None:
    md = tmp_path / "note.md"
    shutil.copy(DATA / "boilerplate.txt", md)
    article = _read_one(md)
    assert article.metadata["title"] == "学院召开2024年秋季开学工作会议"
    page = tmp_path / "page.HTM"
    shutil.copy(DATA / "page.html", page)
    assert _read_one(page).url == "https://example.org/news/2024/1008.html"


def test_ingest_folder_skips_hidden_and_survives_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.txt").write_text("标题\n正文。", "utf-8")
    (tmp_path / ".hidden.txt").write_text("标题\n正文。", "utf-8")
    try:
        (tmp_path / "x" / "loop").symlink_to(tmp_path, target_is_directory=True)
    except OSError:
        pytest.skip("no symlinks here")
    items = list(iter_articles([tmp_path]))
    assert [os.path.relpath(i.path, tmp_path) for i in items] == [os.path.join("x", "a.txt")]


# --- boilerplate and metadata on fixtures ---------------------------------------------------


def test_ingest_text_boilerplate_cut() -> None:
    article = _read_one(DATA / "boilerplate.txt")
    assert article.text == (
        "学院召开2024年秋季开学工作会议\n"
        "9月1日，学院召开2024年秋季开学工作会议。院长庞启文出席会议并讲话，副院长甘若谷主持会议。\n"
        "庞启文指出，新学期各部门要抓好教学秩序。\n"
        "据悉，全院各部门负责人共80余人参加会议。"
    )
    assert article.metadata == {
        "title": "学院召开2024年秋季开学工作会议",
        "source": "党委办公室",
        "published": "2024-09-02",
        "author": "柏雨桐",
        "editor": "祁望舒",
        "reviewer": "蓝启航",
        "site": "华溪职业学院新闻网",  # the site's name over its nav bar
    }


def test_ingest_text_site_name_only_over_a_nav_bar() -> None:
    """The site's name is the short line a nav bar or breadcrumb follows, or one
    ending in a site word; a page that starts with its headline has none."""
    with_nav = read_article_text("汶水大学材料学院\n首页　学院概况　新闻动态\n学院召开教学工作会议\n"
                                 "发布时间：2024-03-15\n3月14日，学院召开教学工作会议。")
    assert with_nav.metadata["site"] == "汶水大学材料学院"
    assert with_nav.to_json()["metadata"]["site"] == "汶水大学材料学院"
    bare = read_article_text("学院召开教学工作会议\n发布时间：2024-03-15\n3月14日，学院召开教学工作会议。")
    assert "site" not in bare.metadata and "site" not in bare.to_json()["metadata"]


def test_ingest_html_fixture_main_text_and_meta_tags() -> None:
    article = _read_one(DATA / "page.html")
    assert article.text == (
        "学院与云帆科技共建产业学院\n"
        "10月7日，华溪职业学院与华溪云帆科技有限公司共建产业学院揭牌仪式在学院举行。\n"
        "院长庞启文与云帆科技董事长贺知远共同为产业学院揭牌。\n"
        "据悉，产业学院首期招生100人。"
    )
    assert article.metadata["title"] == "学院与云帆科技共建产业学院"  # not the logo <h1>
    assert article.metadata["published"] == "2024-10-08"  # from <meta name="PubDate">
    assert article.metadata["source"] == "宣传部"  # from <meta name="ContentSource">
    assert (article.metadata["author"], article.metadata["reviewer"]) == ("柏雨桐", "蓝启航")
    assert article.url == "https://example.org/news/2024/1008.html"


@pytest.mark.parametrize(
    ("text", "expected_last"),
    [
        ("标题\n正文第一段。\n（责任编辑：甘若谷）", "正文第一段。"),
        ("标题\n正文第一段。\n上一条：别的新闻\n下一条：又一条", "正文第一段。"),
        ("标题\n正文第一段。\n阅读更多\n专栏\n· 尚明澈：追梦人\n· 另一条", "正文第一段。"),
        ("标题\n正文第一段。\n· 尚明澈获奖\n· 邝书遥获奖\n· 学院开会", "正文第一段。"),
        ("标题\n正文第一段，会议圆满结束。（图/邝书遥 文/尚明澈）", "正文第一段，会议圆满结束。（图/邝书遥）"),
        ("标题\n正文第一段，会议圆满结束。学院开会...学生获奖", "正文第一段，会议圆满结束。"),
        ("标题\n正文。相关链接>>>另一篇报道(某网)", "正文。"),
        ("标题\n主办单位：华溪市教育局\n活动将于下周举行，欢迎参加。届时将有多位专家作报告，请各单位按时报名参加，谢谢配合。", "活动将于下周举行，欢迎参加。届时将有多位专家作报告，请各单位按时报名参加，谢谢配合。"),
        ("标题\n正文第一段。\n版权所有 © 华溪职业学院", "正文第一段。"),
    ],
)
def test_ingest_text_tail_boilerplate(text: str, expected_last: str) -> None:
    article = read_article_text(text)
    assert article.text.split("\n")[-1] == expected_last
    assert article.text.split("\n")[0] == "标题"


def test_ingest_text_footer_inside_a_notice_is_kept() -> None:
    article = read_article_text(
        "关于举办论坛的通知\n主办单位：华溪市教育局\n"
        "论坛将于10月举行，请各单位做好准备。各校应于9月底前报送参会名单，逾期不再受理。"
    )
    assert "主办单位：华溪市教育局" in article.text


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("标题\n作者：宣传统战部　甘若谷\n正文。", "author", "甘若谷"),
        ("标题\n记者：尚明澈 通讯员：邝书遥\n正文。", "author", "尚明澈"),
        ("标题\n信息来源：人事科　浏览次数：12\n正文。", "source", "人事科"),
        ("标题\n2020-01-21\n正文。", "published", "2020-01-21"),
        ("标题\n华溪新闻网  2024-03-18  来源：教育局\n正文。", "published", "2024-03-18"),
        ("通知\n正文。\n华溪市教育局\n2024年3月15日", "published", "2024-03-15"),
        ("标题\n发布日期：2024年04月03日　审稿：贺知远\n正文。", "reviewer", "贺知远"),
        ("标题\n正文。\n（编辑：祁望舒）", "editor", "祁望舒"),
        ("标题\n正文。文字/尚明澈图片/邝书遥编辑/祁望舒", "editor", "祁望舒"),
        ("标题\n正文。（文/学院新闻中心尚明澈）", "author", "尚明澈"),
        ("标题\n正文第一段。\n（机械工程学院供稿）", "source", "机械工程学院"),
        ("标题\n正文。", "author", None),
    ],
)
def test_ingest_metadata_rules(text: str, field: str, value: str | None) -> None:
    assert read_article_text(text).metadata[field] == value


def test_ingest_headline_skips_site_name_and_nav() -> None:
    article = read_article_text(
        "华溪职业学院\n网站首页 学校概况 新闻动态 专业设置 招生就业\n新闻动态 > 学校新闻\n"
        "学院召开会议\n作者：甘若谷\n正文。"
    )
    assert article.text == "学院召开会议\n正文。"


def test_ingest_headline_without_byline() -> None:
    article = read_article_text("华溪职业学院新闻网\n学院召开会议\n正文第一段。")
    assert article.metadata["title"] == "学院召开会议"


def test_ingest_keeps_body_characters() -> None:
    body = "　　会议指出，要“抓落实”——ＡＢＣ２０２４年，韩　弢出席。"
    article = read_article_text("标题\n" + body + "\n")
    assert article.text == "标题\n" + body.strip("\u3000")


# --- HTML --------------------------------------------------------------------------------


def test_ingest_html_headline_confirmed_by_title_element() -> None:
    page = (
        "<html><head><title>学院召开会议 - 华溪市教育局</title></head><body>"
        "<h1>华溪市教育局</h1><div class='crumb'>首页 &gt; 新闻</div>"
        "<div class='detail'><h2>学院召开会议</h2>"
        "<p>3月1日，学院召开会议，全体教职工参加了会议。</p></div></body></html>"
    )
    article = read_article_html(page, "p.html")
    assert article.text == "学院召开会议\n3月1日，学院召开会议，全体教职工参加了会议。"


def test_ingest_html_site_from_logo_image_and_title_part() -> None:
    # <img src="logo.png" alt="某学院">: the logo's caption names the site
    body = (
        "<div class='top'>{logo}</div><div class='detail'><h2>我院“青禾工匠班”开班</h2>"
        "<p>3月1日，我院“青禾工匠班”开班仪式在学院报告厅举行，副院长甘若谷出席。</p></div></body></html>"
    )
    head = "<html><head><title>华溪职业技术学院-我院“青禾工匠班”开班仪式举行</title></head><body>"
    article = read_article_html(head + body.format(logo='<img src="/images/logo.png" alt="华溪职业技术学院">'), "p.html")
    assert article.metadata["site"] == "华溪职业技术学院"
    # without the logo: the part of <title> that repeats the headline's words is not the site
    article = read_article_html(head + body.format(logo=""), "p.html")
    assert article.metadata["site"] == "华溪职业技术学院"
    # guard: an image that is no logo gives no site name
    article = read_article_html(
        "<html><head><title>新闻</title></head><body>" + body.format(logo='<img src="/upload/photo1.jpg" alt="开班仪式现场照片">'),
        "p.html")
    assert article.metadata.get("site") != "开班仪式现场照片"


def test_ingest_html_br_paragraphs_and_xml_declaration() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?><html><body><h1>标题</h1>'
        "<div id='zoom'>第一段正文，内容较长一些。<br/>第二段正文，内容也较长。<br><br>"
        "<span>第三段</span>正文，内容较长。</div></body></html>"
    )
    article = read_article_html(page)
    assert article.text == "标题\n第一段正文，内容较长一些。\n第二段正文，内容也较长。\n第三段正文，内容较长。"


@pytest.mark.parametrize("page", ["", "   ", "<html></html>"])
def test_ingest_html_without_text_fails(tmp_path: Path, page: str) -> None:
    f = tmp_path / "x.html"
    f.write_text(page or "\n", "utf-8")
    (item,) = list(iter_articles([f]))
    assert isinstance(item, Failure)


def test_ingest_html_deep_nesting_does_not_crash() -> None:
    page = "<html><body><h1>标题</h1>" + "<div>" * 5000 + "<p>正文，足够长的一段文字。</p>" + "</div>" * 5000
    article = read_article_html(page + "</body></html>")
    assert article.text.startswith("标题")


# --- small pieces ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("发布时间：2023-12-25 09:41", "2023-12-25"),
        ("2024年4月3日", "2024-04-03"),
        ("２０２４年０３月１５日", "2024-03-15"),
        ("2016/6/21", "2016-06-21"),
        ("2024.05.10", "2024-05-10"),
        ("二〇二四年三月十五日", "2024-03-15"),
        ("2024-02-30", None),
        ("3月15日", None),
    ],
)
def test_ingest_dates(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("宣传统战部 陈某某", "陈某某"),
        ("学院新闻报道小组尚明澈", "尚明澈"),
        ("甘若谷", "甘若谷"),
        ("甘若谷、邝书遥", "甘若谷"),  # several credited: the first (as every annotated set has it)
        ("甘若谷 邝书遥", "甘若谷"),
        ("John Smith", "John Smith"),
        ("", None),
    ],
)
def test_ingest_person_name(value: str, name: str | None) -> None:
    assert person_name(value) == name


def test_ingest_split_credit_keeps_photo_credit() -> None:
    body, kept, fields = split_credit("仪式结束后合影留念。（图/邝书遥、甘若谷文/尚明澈）")
    assert (body, kept) == ("仪式结束后合影留念。", "（图/邝书遥、甘若谷）")
    assert [(f.field, f.value) for f in fields] == [("author", "尚明澈")]


def test_ingest_patterns_load_once() -> None:
    assert load() is load()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("标题正文。，：:()（）【】>|·\n 　来源作者审核2024-年月日上一篇版权所有a")), max_size=300))
def test_ingest_any_text_gives_clean_lines(text: str) -> None:
    article = read_article_text(text)
    for line in article.text.split("\n") if article.text else []:
        assert line and line == line.strip(" \t\u3000\u00a0")
    assert set(METADATA_KEYS) <= set(article.metadata) <= set(METADATA_KEYS) | {"site"}  # (site: when the page names one)
    assert not article.metadata.get("site") or any(c.isalpha() for c in article.metadata["site"])


@needs_corpus
def test_ingest_reading_the_dev_corpus_is_fast() -> None:
    list(iter_articles([CORPUS]))  # warm-up (imports, pattern compilation)
    start = time.perf_counter()
    for _ in range(5):
        items = list(iter_articles([CORPUS]))
    per_pass = (time.perf_counter() - start) / 5
    assert all(isinstance(i, Article) for i in items)
    assert per_pass < 1.0, f"reading {len(items)} articles took {per_pass:.2f} s"


def test_ingest_notice_closing_date_does_not_make_the_signature_a_headline() -> None:
    text = (
        "关于某某等同志职务任免的通知\n\n各区县教育局，局属各单位：\n经研究决定：\n"
        "晁若溪同志任青州市第一中等职业学校校长；\n阚书屹同志任青州市教育局办公室主任。\n\n"
        "青州市教育局\n2024年5月8日\n"
    )
    a = read_article_text(text)
    assert a.metadata["title"] == "关于某某等同志职务任免的通知"
    assert a.metadata["published"] == "2024-05-08"
    assert "晁若溪同志任青州市第一中等职业学校校长" in a.text


def test_ingest_post_dateline_gives_the_publication_date() -> None:
    text = "青州职教联盟正式成立\n青州发布 2024-06-18 09:30 发表于江苏\n\n6月17日下午，青州数字产教联盟成立大会举行。\n"
    a = read_article_text(text)
    assert a.metadata["published"] == "2024-06-18"
    assert a.text.startswith("青州职教联盟正式成立\n6月17日下午")


def test_ingest_wire_report_without_headline_keeps_its_first_paragraph() -> None:
    text = (
        "新华社南京5月20日电（记者 阚书屹）青州职业教育产教融合推进会20日在南京召开。"
        "青州市人民政府副市长晁若溪出席会议并讲话。\n\n会议还为首批市域产教联合体授牌。\n"
    )
    a = read_article_text(text)
    assert a.metadata["title"] is None
    assert a.metadata["author"] == "阚书屹" and a.metadata["source"] == "新华社"
    assert a.text.startswith("青州职业教育产教融合推进会20日在南京召开。")
    assert "阚书屹" not in a.text


def test_ingest_notice_address_line_is_furniture() -> None:
    # 来信地址：某市行政中心市委组织部干部监督科: where to write, not a unit of the notice
    text = (
        "岚阳市委组织部干部任前公示\n\n一、某某同志拟任岚阳市教育局局长。\n\n"
        "来信地址：岚阳市行政中心市委组织部干部监督科　邮政编码：000000\n\n中共岚阳市委组织部\n2026年1月5日\n"
    )
    assert "来信地址" not in read_article_text(text).text


def test_closing_credit_with_the_reporting_unit_first():
    # （校企合作处　文/某某　图/某某　审核/某某）: the unit that reports, then the credit's fields
    page = ("学院举办校企合作洽谈会\n发布时间：2025-12-05\n"
            "12月4日，学院举办校企合作洽谈会。\n（校企合作处   文/尹子安  图/ 方芷然   审核/霍静安）")
    article = read_article_text(page)
    assert article.metadata["author"] == "尹子安"
    assert article.metadata["reviewer"] == "霍静安"
    assert "尹子安" not in article.text and "校企合作处" not in article.text
