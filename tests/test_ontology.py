"""The ontology, the shapes, their packaged copies and the ZHKG namespace."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Namespace, URIRef

from zhkg.model import PREDICATES
from zhkg.rdf import ZHKG
from zhkg.rdf.namespace import ONTOLOGY_IRI

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "zhkg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
NS = str(ZHKG._NS)
ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _terms(g: Graph) -> set[str]:
    return {str(s)[len(NS):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_ontology_declares_itself(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto


def test_ontology_namespace_terms_equal_ontology_terms(onto):
    declared = set(ZHKG.__annotations__)
    assert declared == _terms(onto)


def test_ontology_namespace_fails_on_misspelt_term():
    with pytest.raises(AttributeError):
        ZHKG.holdPosition  # noqa: B018


@pytest.mark.parametrize("predicate", PREDICATES)
def test_ontology_defines_each_relation(onto, predicate):
    p = ZHKG[predicate]
    assert (p, RDF.type, OWL.ObjectProperty) in onto


def test_ontology_every_term_has_zh_en_labels_and_definitions(onto):
    for name in _terms(onto):
        t = URIRef(NS + name)
        for prop in (RDFS.label, SKOS.definition):
            langs = {o.language for o in onto.objects(t, prop)}
            assert {"zh", "en"} <= langs, (name, prop)
        assert any(onto.triples((t, RDF.type, None)))


@pytest.mark.parametrize("term, relation, target", [
    (ZHKG.Post, RDFS.subClassOf, ORG.Membership),
    (ZHKG.Organization, RDFS.subClassOf, ORG.Organization),
    (ZHKG.Organization, RDFS.subClassOf, SDO.Organization),
    (ZHKG.School, RDFS.subClassOf, SDO.EducationalOrganization),
    (ZHKG.Person, RDFS.subClassOf, SDO.Person),
    (ZHKG.Event, RDFS.subClassOf, SDO.Event),
    (ZHKG.Fact, RDFS.subClassOf, PROV.Entity),
    (ZHKG.Article, RDFS.subClassOf, PROV.Entity),
    (ZHKG.memberOf, RDFS.subPropertyOf, ORG.memberOf),
    (ZHKG.memberOf, RDFS.subPropertyOf, SDO.memberOf),
    (ZHKG.subOrganizationOf, RDFS.subPropertyOf, ORG.subOrganizationOf),
    (ZHKG.leadsCommunity, RDFS.subPropertyOf, ORG.headOf),
    (ZHKG.holdsPosition, RDFS.subPropertyOf, ORG.memberOf),
    (ZHKG.person, RDFS.subPropertyOf, ORG.member),
    (ZHKG.unit, RDFS.subPropertyOf, ORG.organization),
    (ZHKG.attended, OWL.inverseOf, SDO.attendee),
    (ZHKG.organizedBy, RDFS.subPropertyOf, SDO.organizer),
    (ZHKG.heldAt, RDFS.subPropertyOf, SDO.location),
    (ZHKG.title, RDFS.subPropertyOf, SDO.roleName),
    (ZHKG.spokeAt, RDFS.subPropertyOf, ZHKG.attended),
    (ZHKG.chaired, RDFS.subPropertyOf, ZHKG.attended),
    (ZHKG.signedAgreement, RDF.type, OWL.SymmetricProperty),
    (ZHKG.Agreement, RDFS.subClassOf, SDO.CreativeWork),
    (ZHKG.Agreement, RDFS.subClassOf, PROV.Entity),
    (ZHKG.officiant, RDFS.subPropertyOf, SDO.performer),
    (ZHKG.unveils, RDFS.subPropertyOf, SDO.about),
    (ZHKG.agreementSigned, RDFS.subPropertyOf, PROV.generated),
    (ZHKG.agreementSigned, OWL.inverseOf, ZHKG.signedAt),
    (ZHKG.signedAt, RDFS.subPropertyOf, PROV.wasGeneratedBy),
    (ZHKG.party, RDFS.subPropertyOf, PROV.wasAttributedTo),
])
def test_ontology_alignment(onto, term, relation, target):
    assert (term, relation, target) in onto


def test_ontology_shapes_parse_and_target_ontology_classes(onto):
    sh = Namespace("http://www.w3.org/ns/shacl#")
    shapes = Graph().parse(SHAPES, format="turtle")
    targets = set(shapes.objects(None, sh.targetClass))
    assert {ZHKG.Person, ZHKG.Organization, ZHKG.Community, ZHKG.Event, ZHKG.Post, ZHKG.Fact,
            ZHKG.Article, ZHKG.ArticleEntity, ZHKG.MergeDecision, ZHKG.Agreement} <= targets
    used = {o for o in shapes.all_nodes() if isinstance(o, URIRef) and str(o).startswith(NS)}
    assert {str(u)[len(NS):] for u in used} <= _terms(onto)


@pytest.mark.parametrize("name", ["zhkg.ttl", "shapes.ttl"])
def test_ontology_packaged_copy_is_identical(name):
    from importlib import resources

    packaged = (resources.files("zhkg.rdf") / name).read_bytes()
    assert packaged == (ROOT / "ontology" / name).read_bytes(), f"copy ontology/{name} to src/zhkg/rdf/"
