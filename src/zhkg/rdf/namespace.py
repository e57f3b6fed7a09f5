"""The zhkg ontology's terms as an rdflib namespace that fails on a typo.

Kept in step with ``ontology/zhkg.ttl`` by ``tests/test_ontology.py``: a term
here that the ontology lacks, or the reverse, fails the tests.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["ONTOLOGY_IRI", "ORG", "PREFIXES", "PROV", "SCHEMA", "ZHKG"]

#: The IRI of the ontology document.
ONTOLOGY_IRI = URIRef("https://zhkg.example.org/ns")

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")


class ZHKG(DefinedNamespace):
    """Classes and properties of the zhkg ontology (``zhkg:``)."""

    _fail = True
    _NS = Namespace("https://zhkg.example.org/ns#")

    # classes
    Agreement: URIRef  # Agreement
    Appointment: URIRef  # Appointment
    Article: URIRef  # Article
    ArticleEntity: URIRef  # Article-level entity
    Community: URIRef  # Community
    Event: URIRef  # Event
    Fact: URIRef  # Fact
    FoundingMeeting: URIRef  # Founding meeting
    Meeting: URIRef  # Meeting or forum
    MergeDecision: URIRef  # Merge decision
    Organization: URIRef  # Organization
    Person: URIRef  # Person
    Post: URIRef  # Post
    School: URIRef  # School
    Signing: URIRef  # Signing ceremony
    Unveiling: URIRef  # Unveiling ceremony

    # properties
    agreement: URIRef  # agreement
    agreementSigned: URIRef  # agreement signed
    articleId: URIRef  # article id
    attended: URIRef  # attended
    chaired: URIRef  # chaired
    confidence: URIRef  # confidence
    date: URIRef  # date
    endDate: URIRef  # end date
    endOffset: URIRef  # end offset
    event: URIRef  # event
    heldAt: URIRef  # held at
    holdsPosition: URIRef  # holds position in
    inArticle: URIRef  # in article
    kind: URIRef  # kind
    leadsCommunity: URIRef  # leads community
    memberCount: URIRef  # member count
    memberOf: URIRef  # member of
    mergeReason: URIRef  # merge reason
    merges: URIRef  # merges
    officiant: URIRef  # officiant
    officiatesUnveiling: URIRef  # officiates unveiling of
    organizedBy: URIRef  # organized by
    party: URIRef  # party
    path: URIRef  # path
    person: URIRef  # person
    post: URIRef  # post
    removed: URIRef  # removed
    represents: URIRef  # represents
    resolvesTo: URIRef  # resolves to
    reviewer: URIRef  # reviewer
    rule: URIRef  # rule
    sentence: URIRef  # evidence sentence
    signedAgreement: URIRef  # signed an agreement with
    signedAt: URIRef  # signed at
    site: URIRef  # site
    source: URIRef  # source
    spokeAt: URIRef  # spoke at
    startDate: URIRef  # start date
    startOffset: URIRef  # start offset
    subOrganizationOf: URIRef  # sub-organization of
    title: URIRef  # title
    unit: URIRef  # unit
    unveils: URIRef  # unveils


#: Prefixes bound on every graph zhkg builds (and given to prepared queries).
PREFIXES: dict[str, str] = {
    "zhkg": str(ZHKG._NS),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}
