"""Extraction on the articles written for zhkg in the hidden sets' styles.

``tests/data/heldout``, ``heldout3`` … ``heldout13``, ``heldout15`` …
``heldout21``, ``heldout23`` … ``heldout26``, ``heldout28``, ``heldout29``,
``heldout31``, ``heldout34`` … ``heldout36``, ``heldout38``, ``heldout39`` and
``heldout41`` … ``heldout43``, ``heldout47`` … ``heldout49``, ``heldout51`` …
``heldout58``, ``heldout62`` … ``heldout64``, ``heldout66``, ``heldout67``,
``heldout73``, ``heldout74``, ``heldout78`` … ``heldout80``, ``heldout85``, ``heldout87``, ``heldout89``, ``heldout91``, ``heldout95``, ``heldout97``, ``heldout102``, ``heldout105``, ``heldout106``, ``heldout108``, ``heldout110``, ``heldout112``, ``heldout114``, ``heldout116``, ``heldout117``, ``heldout119``, ``heldout120``, ``heldout122``, ``heldout123``, ``heldout124``, ``heldout126``, ``heldout127``, ``heldout130`` … ``heldout132``, ``heldout134`` … ``heldout137``, ``heldout139``, ``heldout140``, ``heldout142`` … ``heldout145``, ``heldout147`` … ``heldout150``, ``heldout152``, ``heldout153``, ``heldout156``, ``heldout157``, ``heldout159`` … ``heldout161``, ``heldout166`` … ``heldout168``, ``heldout171``, ``heldout172`` (used
for error analysis after they were measured unseen),
``tests/data/heldout2`` (its error classes, not its articles, were used) and
``heldout14``, ``heldout22``, ``heldout27``, ``heldout30``, ``heldout32``,
``heldout33``, ``heldout37``, ``heldout40``, ``heldout44`` … ``heldout46``,
``heldout50``, ``heldout59`` … ``heldout61``, ``heldout65``, ``heldout68`` …
``heldout72``, ``heldout75`` … ``heldout77``, ``heldout81`` … ``heldout84``, ``heldout86``, ``heldout88``, ``heldout90``, ``heldout92`` … ``heldout94``, ``heldout96``, ``heldout98``, ``heldout99`` … ``heldout101``, ``heldout103``, ``heldout104``, ``heldout107``, ``heldout109``, ``heldout111``, ``heldout113``, ``heldout115``, ``heldout118``, ``heldout121``, ``heldout125``, ``heldout128``, ``heldout129``, ``heldout133``, ``heldout138``, ``heldout141``, ``heldout146``, ``heldout151``, ``heldout154``, ``heldout155``, ``heldout158``, ``heldout162`` … ``heldout165``, ``heldout169``, ``heldout170``, ``heldout173`` … ``heldout178`` (unseen:
measurement sets) are scored exactly as ``zhkg eval
DIR`` scores them; each set's README says when it was measured. The floors sit a
little under today's figures: a change that loses facts on prose the dev
corpus does not cover fails here even when dev stays level.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg import evaluate as ev
from zhkg.pipeline import iter_extracted

DATA = Path(__file__).parent / "data"

# set: (entity F1 floor, relation F1 floor)
FLOORS = {
    "heldout": (0.95, 0.95),
    "heldout2": (0.94, 0.90),
    "heldout3": (0.94, 0.91),
    "heldout4": (0.96, 0.92),
    "heldout5": (0.95, 0.92),
    "heldout6": (0.92, 0.88),
    "heldout7": (0.94, 0.87),
    "heldout8": (0.90, 0.86),
    "heldout9": (0.94, 0.87),
    "heldout10": (0.92, 0.86),
    "heldout11": (0.92, 0.83),
    "heldout12": (0.95, 0.91),
    "heldout13": (0.95, 0.89),
    "heldout14": (0.94, 0.88),
    "heldout15": (0.95, 0.94),
    "heldout16": (0.96, 0.92),
    "heldout17": (0.97, 0.94),
    "heldout18": (0.96, 0.94),
    "heldout19": (0.96, 0.95),
    "heldout20": (0.96, 0.94),
    "heldout21": (0.96, 0.91),
    "heldout22": (0.97, 0.94),
    "heldout23": (0.96, 0.91),
    "heldout24": (0.97, 0.93),
    "heldout25": (0.97, 0.95),
    "heldout26": (0.98, 0.97),
    "heldout27": (0.96, 0.93),
    "heldout28": (0.96, 0.94),
    "heldout29": (0.98, 0.96),
    "heldout30": (0.95, 0.90),
    "heldout31": (0.97, 0.93),
    "heldout32": (0.96, 0.89),
    "heldout33": (0.95, 0.92),
    "heldout34": (0.96, 0.93),
    "heldout35": (0.97, 0.94),
    "heldout36": (0.96, 0.91),
    "heldout37": (0.95, 0.92),
    "heldout38": (0.96, 0.90),
    "heldout39": (0.97, 0.93),
    "heldout40": (0.95, 0.92),
    "heldout41": (0.97, 0.96),
    "heldout42": (0.97, 0.96),
    "heldout43": (0.98, 0.96),
    "heldout44": (0.97, 0.96),
    "heldout45": (0.97, 0.96),
    "heldout46": (0.95, 0.90),
    "heldout47": (0.97, 0.97),
    "heldout48": (0.98, 0.94),
    "heldout49": (0.98, 0.96),
    "heldout50": (0.96, 0.94),
    "heldout51": (0.96, 0.95),
    "heldout52": (0.97, 0.96),
    "heldout53": (0.98, 0.94),
    "heldout54": (0.97, 0.87),
    "heldout55": (0.96, 0.94),
    "heldout56": (0.97, 0.96),
    "heldout57": (0.98, 0.97),
    "heldout58": (0.97, 0.92),
    "heldout59": (0.98, 0.95),
    "heldout60": (0.98, 0.96),
    "heldout61": (0.96, 0.94),
    "heldout62": (0.97, 0.96),
    "heldout63": (0.97, 0.97),
    "heldout64": (0.97, 0.97),
    "heldout65": (0.97, 0.97),
    "heldout66": (0.96, 0.92),
    "heldout67": (0.98, 0.97),
    "heldout68": (0.98, 0.96),
    "heldout69": (0.97, 0.95),
    "heldout70": (0.97, 0.94),
    "heldout71": (0.97, 0.96),
    "heldout72": (0.97, 0.97),
    "heldout73": (0.98, 0.97),
    "heldout74": (0.97, 0.97),
    "heldout75": (0.95, 0.94),
    "heldout76": (0.96, 0.94),
    "heldout77": (0.96, 0.95),
    "heldout78": (0.97, 0.95),
    "heldout79": (0.98, 0.97),
    "heldout80": (0.98, 0.97),
    "heldout81": (0.96, 0.94),
    "heldout82": (0.97, 0.90),
    "heldout83": (0.98, 0.95),
    "heldout84": (0.97, 0.94),
    "heldout85": (0.97, 0.97),
    "heldout86": (0.97, 0.96),
    "heldout87": (0.95, 0.88),
    "heldout88": (0.96, 0.90),
    "heldout89": (0.97, 0.95),
    "heldout90": (0.97, 0.94),
    "heldout91": (0.97, 0.96),
    "heldout92": (0.97, 0.94),
    "heldout93": (0.96, 0.96),
    "heldout94": (0.97, 0.97),
    "heldout95": (0.97, 0.95),
    "heldout96": (0.96, 0.97),
    "heldout97": (0.97, 0.97),
    "heldout98": (0.98, 0.95),
    "heldout99": (0.98, 0.97),
    "heldout100": (0.98, 0.96),
    "heldout101": (0.97, 0.97),
    "heldout102": (0.96, 0.94),
    "heldout103": (0.98, 0.97),
    "heldout104": (0.96, 0.96),
    "heldout105": (0.98, 0.96),
    "heldout106": (0.97, 0.95),
    "heldout107": (0.96, 0.94),
    "heldout108": (0.97, 0.95),
    "heldout109": (0.94, 0.91),
    "heldout110": (0.97, 0.96),
    "heldout111": (0.96, 0.96),
    "heldout112": (0.96, 0.92),
    "heldout113": (0.96, 0.94),
    "heldout114": (0.97, 0.96),
    "heldout115": (0.95, 0.90),
    "heldout116": (0.95, 0.92),
    "heldout117": (0.97, 0.95),
    "heldout118": (0.97, 0.96),
    "heldout119": (0.97, 0.95),
    "heldout120": (0.97, 0.96),
    "heldout121": (0.96, 0.95),
    "heldout122": (0.92, 0.90),
    "heldout123": (0.97, 0.97),
    "heldout124": (0.97, 0.96),
    "heldout125": (0.94, 0.89),
    "heldout126": (0.96, 0.96),
    "heldout127": (0.96, 0.92),
    "heldout128": (0.95, 0.93),
    "heldout129": (0.95, 0.94),
    "heldout130": (0.96, 0.95),
    "heldout131": (0.94, 0.93),
    "heldout132": (0.97, 0.96),
    "heldout133": (0.95, 0.93),
    "heldout134": (0.94, 0.94),
    "heldout135": (0.95, 0.93),
    "heldout136": (0.96, 0.95),
    "heldout137": (0.95, 0.92),
    "heldout138": (0.97, 0.95),
    "heldout139": (0.97, 0.97),
    "heldout140": (0.96, 0.92),
    "heldout141": (0.95, 0.91),
    "heldout142": (0.97, 0.89),
    "heldout143": (0.96, 0.95),
    "heldout144": (0.95, 0.91),
    "heldout145": (0.98, 0.95),
    "heldout146": (0.96, 0.93),
    "heldout147": (0.96, 0.94),
    "heldout148": (0.95, 0.95),
    "heldout149": (0.95, 0.93),
    "heldout150": (0.95, 0.89),
    "heldout151": (0.96, 0.89),
    "heldout152": (0.97, 0.96),
    "heldout153": (0.97, 0.97),
    "heldout154": (0.97, 0.91),
    "heldout155": (0.97, 0.97),
    "heldout156": (0.96, 0.91),
    "heldout157": (0.97, 0.91),
    "heldout158": (0.97, 0.96),
    "heldout159": (0.97, 0.95),
    "heldout160": (0.96, 0.92),
    "heldout161": (0.94, 0.91),
    "heldout162": (0.96, 0.95),
    "heldout163": (0.96, 0.96),
    "heldout164": (0.96, 0.93),
    "heldout165": (0.96, 0.93),
    "heldout166": (0.97, 0.96),
    "heldout167": (0.97, 0.88),
    "heldout168": (0.98, 0.94),
    "heldout169": (0.97, 0.93),
    "heldout170": (0.97, 0.90),
    "heldout171": (0.98, 0.95),
    "heldout172": (0.98, 0.97),
    "heldout173": (0.97, 0.96),
    "heldout174": (0.97, 0.95),
    "heldout175": (0.98, 0.97),
    "heldout176": (0.97, 0.95),
    "heldout177": (0.95, 0.91),
    "heldout178": (0.95, 0.93),
}


def _score(folder: Path) -> ev.CorpusScore:
    pairs = ev.gold_pairs(folder)
    preds = list(iter_extracted([str(a) for a, _ in pairs]))
    return ev.score_corpus([(ev.article_name(a), p.to_json(), ev.read_gold(g))
                            for (a, g), p in zip(pairs, preds)])


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_heldout_sets_stay_above_their_floors(name: str) -> None:
    score = _score(DATA / name)
    ent_floor, rel_floor = FLOORS[name]
    assert len(score.articles) == 12
    assert score.entity_total.f1 >= ent_floor, f"{name}: entity F1 {score.entity_total.f1:.3f}"
    assert score.relation_total.f1 >= rel_floor, f"{name}: relation F1 {score.relation_total.f1:.3f}"
