"""Generate N realistic, invented Chinese institutional news articles.

    python benchmarks/make_corpus.py 10000 --out /tmp/corpus-1e4 [--seed 7]

Deterministic: article i depends only on (seed, i), so the first 1,000
articles of a 10^5 corpus are the 10^3 corpus. Six kinds of story (school
news, bureau notices, company releases, appointment notices, community
founding, signing ceremonies) with invented people, cities, schools,
companies, posts, events and dates, and the furniture of real pages
(breadcrumbs, bylines, 相关阅读, previous/next links, footers). Files go
into folders of 1,000: mostly .txt, some .html, and in each folder one
feed.jsonl holding the JSON-lines articles. Every name is made up from
characters at run time.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from html import escape
from pathlib import Path

__all__ = ["make_article", "write_corpus"]

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛"
            "段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("志国建文明海军华平晓丽静敏婷雪磊超洋勇杰涛鹏斌辉俊峰宇浩博晨轩怡欣悦佳瑶琳萌睿"
         "哲彬航远帆铭泽楠蕾骞翀昊振诚凯璐霞毅岩松柏林森茂蓉芳菁曦昕煜炜锋亮")
PLACE_A = "青岚桐云溪澜嘉禾临松清柳栖枫澄瑞泓汀岱崇"
PLACE_B = "川州阳江宁安泉河源山城湖浦桥原谷"
BRANDS = ("恒越", "华创", "鼎盛", "科瑞", "远航", "精工", "新锐", "博源", "天拓", "立信",
          "众联", "卓为", "宏图", "启明", "智汇", "海纳")
INDUSTRIES = ("数控科技", "智能装备", "电子信息", "汽车零部件", "现代物流", "新能源科技",
              "生物医药", "软件技术", "精密机械", "文化旅游", "建筑工程", "食品科技")
FIELDS = ("智能制造", "数字经济", "现代物流", "新能源汽车", "电子商务", "康养服务",
          "轨道交通", "集成电路", "现代农业", "文旅融合")
DEPTS = ("智能制造学院", "信息工程学院", "经济管理学院", "汽车工程学院", "建筑工程学院",
         "教务处", "招生就业处", "科研处", "继续教育学院")
SCHOOL_KINDS = ("职业技术学院", "技师学院", "工业职业技术学院", "职业技术大学",
                "财经商贸学校", "交通职业技术学院")
EVENTS = ("工作会议", "座谈会", "推进会", "研讨会", "技能大赛", "开学典礼", "毕业典礼",
          "招聘会", "培训班", "现场会")
TOPICS = ("产教融合", "校企合作", "人才培养", "专业建设", "实训基地建设", "技能人才培养",
          "现代学徒制", "双师型教师队伍建设", "职业教育改革")
PRAISE = ("具有重要意义", "是深化产教融合的重要举措", "为区域经济发展提供有力支撑",
          "标志着双方合作迈上新台阶", "取得了阶段性成效")


class Maker:
    """Names and phrases for one article, from its own random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.city = self.place() + "市"
        self.province = self.r.choice(PLACE_A) + self.r.choice("江川南北西东") + "省"
        self.year = self.r.randint(2019, 2025)
        self.month = self.r.randint(1, 12)
        self.day = self.r.randint(1, 28)
        self.used: set[str] = set()

    def place(self) -> str:
        return self.r.choice(PLACE_A) + self.r.choice(PLACE_B)

    def person(self) -> str:
        while True:
            name = self.r.choice(SURNAMES) + "".join(
                self.r.choice(GIVEN) for _ in range(self.r.choice((1, 2, 2))))
            if name not in self.used:
                self.used.add(name)
                return name

    def school(self) -> str:
        return self.city[:-1] + self.r.choice(SCHOOL_KINDS)

    def company(self) -> str:
        return f"{self.city[:-1]}{self.r.choice(BRANDS)}{self.r.choice(INDUSTRIES)}有限公司"

    def bureau(self) -> str:
        return self.city + self.r.choice(("教育局", "人力资源和社会保障局", "经济和信息化局",
                                          "科学技术局"))

    def community(self) -> str:
        field = self.r.choice(FIELDS)
        kind = self.r.choice(("产教融合共同体", "职业教育集团", "产教联盟", "行业产教融合共同体"))
        return f"{self.city[:-1]}{field}{kind}"

    def date(self, with_year: bool = True) -> str:
        d = f"{self.month}月{self.day}日"
        return f"{self.year}年{d}" if with_year else d

    def iso(self) -> str:
        h, m = self.r.randint(8, 18), self.r.randint(0, 59)
        return f"{self.year}-{self.month:02d}-{min(self.day + 1, 28):02d} {h:02d}:{m:02d}"

    def topic(self) -> str:
        return self.r.choice(TOPICS)

    def filler(self, n: int) -> list[str]:
        """Plain paragraphs without names (the bulk of real reports)."""
        out = []
        for _ in range(n):
            t = self.topic()
            out.append(self.r.choice((
                f"会议指出，要坚持以{t}为主线，进一步完善工作机制，推动各项任务落地见效。",
                f"近年来，学校围绕{t}，不断创新体制机制，在课程建设、师资培养、实习就业等方面取得了显著成效。",
                f"与会人员围绕{t}、{self.topic()}等议题进行了深入交流，并就下一步工作提出了意见建议。",
                f"据悉，此次活动{self.r.choice(PRAISE)}，{self.r.choice(PRAISE)}。",
                f"下一步，双方将在{t}方面加强协作，共建共享实训资源，共同培养高素质技术技能人才。",
            )))
        return out


def _school_news(m: Maker) -> tuple[str, list[str]]:
    school, dept = m.school(), m.r.choice(DEPTS)
    sec, head, dean = m.person(), m.person(), m.person()
    event = f"{m.year}年{m.topic()}{m.r.choice(EVENTS)}"
    title = f"{school}召开{event}"
    body = [f"{m.date()}，{school}{event}在学校报告厅召开。学校党委书记{sec}，党委副书记、校长{head}出席会议，"
            f"{dept}院长{dean}等各二级学院负责人参加会议。会议由{head}主持。",
            f"{sec}在讲话中指出，{m.r.choice(PRAISE)}。"] + m.filler(m.r.randint(2, 4))
    return title, body


def _bureau_notice(m: Maker) -> tuple[str, list[str]]:
    bureau, chief, deputy = m.bureau(), m.person(), m.person()
    title = f"关于开展{m.year}年{m.topic()}工作的通知"
    body = [f"各区县教育局，各职业院校：",
            f"为深入推进{m.topic()}，经研究，{bureau}决定开展{m.year}年{m.topic()}工作。现将有关事项通知如下。",
            f"一、工作目标。" + m.filler(1)[0],
            f"二、组织领导。成立工作领导小组，由{bureau}局长{chief}任组长，副局长{deputy}任副组长。",
            f"三、工作要求。" + m.filler(1)[0],
            f"{bureau}", m.date()]
    return title, body


def _company_release(m: Maker) -> tuple[str, list[str]]:
    company, chair, ceo, school = m.company(), m.person(), m.person(), m.school()
    title = f"{company}与{school}共建产业学院"
    body = [f"{m.date()}，{company}董事长{chair}、总经理{ceo}一行到{school}调研，双方就共建产业学院进行深入交流。",
            f"{chair}表示，公司将发挥行业优势，全程参与人才培养，共建生产性实训基地。"] + m.filler(m.r.randint(1, 3))
    return title, body


def _appointment(m: Maker) -> tuple[str, list[str]]:
    unit = m.r.choice((m.school(), m.bureau()))
    names = [m.person() for _ in range(m.r.randint(2, 4))]
    posts = ("副校长", "副院长", "党委副书记", "副局长", "办公室主任", "教务处处长")
    lines = [f"{n}同志任{unit}{m.r.choice(posts)}；" for n in names]
    title = f"{unit}干部任职公示"
    body = [f"经研究决定：", *lines, f"特此公告。", unit, m.date()]
    return title, body


def _community_founding(m: Maker) -> tuple[str, list[str]]:
    comm, bureau = m.community(), m.bureau()
    lead, official, rep = m.person(), m.person(), m.person()
    school, company = m.school(), m.company()
    n = m.r.randint(20, 90)
    title = f"{comm}成立大会举行"
    body = [f"{m.date()}，{comm}成立大会在{school}举行。{bureau}副局长{official}，{school}校长{lead}，"
            f"{company}总经理{rep}等出席会议。",
            f"{comm}由{school}牵头，联合{company}等{n}家企业、院校和科研机构共同组建。会上，{lead}当选为共同体理事长。",
            f"{official}为{comm}揭牌并讲话。"] + m.filler(m.r.randint(1, 3))
    return title, body


def _signing(m: Maker) -> tuple[str, list[str]]:
    school, company = m.school(), m.company()
    head, chair, official, host = m.person(), m.person(), m.person(), m.person()
    title = f"{school}与{company}举行校企合作签约仪式"
    body = [f"{m.date()}上午，{school}与{company}校企合作协议签约仪式举行。{m.bureau()}副局长{official}，"
            f"{company}董事长{chair}，{school}党委副书记、院长{head}出席仪式。仪式由副院长{host}主持。",
            f"在与会领导的共同见证下，{head}与{chair}分别代表双方签署了校企合作协议。",
            f"{official}在讲话中对双方的成功签约表示祝贺。"] + m.filler(m.r.randint(1, 3))
    return title, body


KINDS: tuple[Callable[[Maker], tuple[str, list[str]]], ...] = (
    _school_news, _bureau_notice, _company_release, _appointment, _community_founding, _signing)


def make_article(seed: int, i: int) -> dict[str, str]:
    """Article ``i`` of the corpus of ``seed``: title, source, author,
    published, body (the article's own text) and the page furniture."""
    rng = random.Random(f"{seed}:{i}")
    m = Maker(rng)
    title, body = rng.choice(KINDS)(m)
    source = rng.choice(("党委宣传部", "新闻中心", "办公室", m.city + "日报", "融媒体中心"))
    author, editor = m.person(), m.person()
    related = [f"{m.school()}召开{m.topic()}{rng.choice(EVENTS)}" for _ in range(rng.randint(0, 3))]
    return {"title": title, "source": source, "author": author, "editor": editor,
            "published": m.iso(), "body": "\n\n".join(body), "related": "\n".join(related),
            "site": m.school(), "views": str(rng.randint(100, 9999))}


def as_text(a: dict[str, str]) -> str:
    parts = [a["title"], "首页 > 新闻中心 > 综合新闻",
             f"来源：{a['source']} 作者：{a['author']} 责编：{a['editor']} 发布时间：{a['published']} 浏览次数：{a['views']}",
             a["body"]]
    if a["related"]:
        parts.append("相关阅读：\n" + a["related"])
    parts.append("【打印本页】 【关闭窗口】")
    parts.append(f"版权所有 © {a['site']}")
    return "\n\n".join(parts) + "\n"


def as_html(a: dict[str, str]) -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in a["body"].split("\n\n"))
    related = "".join(f"<li>{escape(r)}</li>" for r in a["related"].splitlines())
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{escape(a['title'])}</title>"
            f"<meta name=\"publishdate\" content=\"{a['published']}\"></head><body>"
            f"<nav><a href=\"/\">首页</a> &gt; <a href=\"/news\">新闻中心</a></nav>"
            f"<div class=\"article\"><h1>{escape(a['title'])}</h1>"
            f"<div class=\"info\">来源：{escape(a['source'])} 作者：{escape(a['author'])} 发布时间：{a['published']}</div>"
            f"<div class=\"content\">{paras}</div></div>"
            f"<div class=\"related\"><h3>相关阅读</h3><ul>{related}</ul></div>"
            f"<footer>版权所有 © {escape(a['site'])}</footer></body></html>\n")


def as_json(a: dict[str, str], i: int) -> str:
    return json.dumps({"title": a["title"], "text": a["body"], "published": a["published"],
                       "source": a["source"], "author": a["author"],
                       "url": f"https://news.example.org/{i:07d}.html"}, ensure_ascii=False)


def write_corpus(n: int, out: Path, seed: int = 7) -> dict[str, int]:
    """Write ``n`` articles under ``out``; returns counts by file kind and bytes."""
    counts = {"txt": 0, "html": 0, "jsonl": 0, "bytes": 0}
    feed: list[str] = []
    for i in range(n):
        shard = out / f"{i // 1000:03d}"
        if i % 1000 == 0:
            shard.mkdir(parents=True, exist_ok=True)
        a = make_article(seed, i)
        roll = random.Random(f"{seed}:kind:{i}").random()
        if roll < 0.85:
            data = as_text(a).encode("utf-8")
            (shard / f"a{i:07d}.txt").write_bytes(data)
            counts["txt"] += 1
        elif roll < 0.95:
            data = as_html(a).encode("utf-8")
            (shard / f"a{i:07d}.html").write_bytes(data)
            counts["html"] += 1
        else:
            data = (as_json(a, i) + "\n").encode("utf-8")
            feed.append(data.decode("utf-8"))
            counts["jsonl"] += 1
        counts["bytes"] += len(data)
        if feed and (i % 1000 == 999 or i == n - 1):
            (shard / "feed.jsonl").write_text("".join(feed), encoding="utf-8")
            feed = []
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("--out", type=Path, default=None, help="output folder [corpus-N]")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    out = args.out or Path(f"corpus-{args.n}")
    counts = write_corpus(args.n, out, args.seed)
    print(f"wrote {args.n} articles to {out}: {counts['txt']} .txt, {counts['html']} .html, "
          f"{counts['jsonl']} in feed.jsonl files, {counts['bytes'] / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
