"""Nouns that describe a firm or an operator without naming it ("the company", "a empresa", "le
groupe", "der Konzern", "the energy giant").

Copy names a company once ("Shipping firm Nordline", "le groupe portuaire Transmar") and
then refers back to it by such a noun when it speaks ("The company said …", "… disse a
empresa"). Apart from :mod:`generator.text.described_people` (people described without a name)
because a firm is found by other means: by the noun written beside its name, or as an earlier
speaker, never by a pronoun's gender.
"""

from __future__ import annotations

#: By language, lower case (German nouns are lowered before they are looked up). A noun of an
#: armed group or a public body is not here: "the group" of a militia and "the ministry" are
#: read by the rules of roles and generic speakers. Nor is a noun that names a person as often
#: as a firm ("owner", "employer", "producer"): "restaurant owner Ana Ruiz" is no firm.
FIRM_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"company", "firm", "giant", "operator", "utility", "carrier", "airline",
                     "manufacturer", "maker", "corporation", "conglomerate", "provider",
                     "insurer", "shipper", "business", "railway", "railroad", "supplier",
                     "automaker", "carmaker", "shipowner", "retailer"}),
    "fr": frozenset({"entreprise", "société", "groupe", "géant", "opérateur", "exploitant",
                     "compagnie", "constructeur", "fabricant", "transporteur", "gestionnaire",
                     "firme", "énergéticien", "armateur", "fournisseur", "distributeur",
                     "enseigne"}),
    "de": frozenset({"unternehmen", "konzern", "firma", "betreiber", "betreiberin",
                     "betreiberfirma", "gesellschaft", "hersteller", "reederei",
                     "fluggesellschaft", "airline", "energieversorger", "versorger",
                     "bahnbetreiber", "energiekonzern", "mutterkonzern", "zulieferer",
                     "baufirma", "riese"}),
    "es": frozenset({"empresa", "compañía", "grupo", "gigante", "operador", "operadora",
                     "aerolínea", "naviera", "firma", "fabricante", "constructora", "eléctrica",
                     "concesionaria", "gestora", "distribuidora", "transportista",
                     "multinacional", "petrolera", "minera"}),
    "it": frozenset({"azienda", "società", "gruppo", "colosso", "gigante", "gestore",
                     "compagnia", "operatore", "impresa", "ditta", "costruttore",
                     "multinazionale", "armatore", "vettore", "fornitore"}),
    "pt": frozenset({"empresa", "companhia", "grupo", "gigante", "operadora", "concessionária",
                     "fabricante", "construtora", "firma", "distribuidora", "mineradora",
                     "petrolífera", "multinacional", "transportadora", "fornecedora",
                     "armadora"}),
    "nl": frozenset({"bedrijf", "onderneming", "concern", "firma", "exploitant", "maatschappij",
                     "vervoerder", "fabrikant", "reus", "rederij"}),
}

#: Every language's nouns together: a page's language may be wrong or unset.
ANY_FIRM_NOUN: frozenset[str] = frozenset().union(*FIRM_NOUNS.values())
