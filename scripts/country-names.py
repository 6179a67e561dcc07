#!/usr/bin/env python3
"""Writes Sources/RefgapNormalize/Tables/CountryNames.swift: country names in other languages, folded as
refgap folds text, to the English key of RegionTable.countries. Run from the repository's root."""
import os
import unicodedata
# English folded key -> names as other languages (the country's own, German, French, Spanish, Portuguese) write it.
names = {
 "unitedstates": ["Vereinigte Staaten", "Vereinigte Staaten von Amerika", "États-Unis", "Etats-Unis d'Amérique", "Estados Unidos", "Estados Unidos de América", "EEUU", "EUA", "Stati Uniti"],
 "unitedkingdom": ["Vereinigtes Königreich", "Großbritannien", "Royaume-Uni", "Reino Unido", "Regno Unito", "Verenigd Koninkrijk", "Inglaterra", "Angleterre", "Escocia", "Escócia", "Écosse", "Schottland"],
 "germany": ["Deutschland", "Allemagne", "Alemania", "Alemanha", "Germania", "Duitsland", "Niemcy", "Tyskland"],
 "france": ["Frankreich", "Francia", "França", "Frankrijk", "Francja", "Frankrike"],
 "spain": ["España", "Spanien", "Espagne", "Espanha", "Spagna", "Spanje", "Hiszpania"],
 "italy": ["Italia", "Italien", "Italie", "Itália", "Italië", "Włochy"],
 "netherlands": ["Nederland", "Niederlande", "Pays-Bas", "Países Bajos", "Países Baixos", "Holanda", "Paesi Bassi", "Holland"],
 "belgium": ["België", "Belgique", "Belgien", "Bélgica", "Belgio"],
 "switzerland": ["Schweiz", "Suisse", "Svizzera", "Svizra", "Suiza", "Suíça", "Zwitserland"],
 "austria": ["Österreich", "Autriche", "Áustria", "Oostenrijk"],
 "sweden": ["Sverige", "Schweden", "Suède", "Suecia", "Suécia", "Svezia", "Zweden"],
 "denmark": ["Danmark", "Dänemark", "Danemark", "Dinamarca", "Danimarca", "Denemarken"],
 "norway": ["Norge", "Noreg", "Norwegen", "Norvège", "Noruega", "Norvegia", "Noorwegen"],
 "finland": ["Suomi", "Finnland", "Finlande", "Finlandia", "Finlândia"],
 "poland": ["Polska", "Polen", "Pologne", "Polonia", "Polônia", "Polónia"],
 "ireland": ["Éire", "Irland", "Irlande", "Irlanda", "Ierland"],
 "portugal": ["Portogallo"],
 "czechia": ["Česko", "Česká republika", "Tschechien", "Tschechische Republik", "République tchèque", "Tchéquie", "República Checa", "Chequia", "República Tcheca", "Tchéquia"],
 "hungary": ["Magyarország", "Ungarn", "Hongrie", "Hungría", "Hungria", "Ungheria"],
 "greece": ["Ελλάδα", "Hellas", "Griechenland", "Grèce", "Grecia", "Grécia"],
 "turkey": ["Türkiye", "Türkei", "Turquie", "Turquía", "Turquia", "Turchia"],
 "luxembourg": ["Lëtzebuerg", "Luxemburg", "Luxemburgo", "Lussemburgo"],
 "croatia": ["Hrvatska", "Kroatien", "Croatie", "Croacia", "Croácia"],
 "slovakia": ["Slovensko", "Slowakei", "Slovaquie", "Eslovaquia", "Eslováquia"],
 "slovenia": ["Slovenija", "Slowenien", "Slovénie", "Eslovenia", "Eslovênia"],
 "serbia": ["Srbija", "Србија", "Serbien", "Serbie"],
 "romania": ["România", "Rumänien", "Roumanie", "Rumania", "Romênia"],
 "lithuania": ["Lietuva", "Litauen", "Lituanie", "Lituania", "Lituânia"],
 "latvia": ["Latvija", "Lettland", "Lettonie", "Letonia", "Letônia"],
 "estonia": ["Eesti", "Estland", "Estonie", "Estônia"],
 "iceland": ["Ísland", "Islande", "Islandia", "Islândia"],
 "russia": ["Россия", "Rossiya", "Russland", "Russie", "Rusia", "Rússia"],
 "ukraine": ["Україна", "Ukraina", "Ucrania", "Ucrânia"],
 "israel": ["ישראל", "Israël"],
 "egypt": ["مصر", "Misr", "Ägypten", "Égypte", "Egipto", "Egito"],
 "saudiarabia": ["السعودية", "Saudi-Arabien", "Arabie saoudite", "Arabia Saudita", "Arábia Saudita"],
 "unitedarabemirates": ["الإمارات", "Vereinigte Arabische Emirate", "Émirats arabes unis", "Emiratos Árabes Unidos", "Emirados Árabes Unidos"],
 "southafrica": ["Suid-Afrika", "Südafrika", "Afrique du Sud", "Sudáfrica", "África do Sul"],
 "morocco": ["Maroc", "Marokko", "Marruecos", "Marrocos", "المغرب"],
 "tunisia": ["Tunisie", "Tunesien", "Túnez", "Tunísia"],
 "algeria": ["Algérie", "Algerien", "Argelia", "Argélia"],
 "senegal": ["Sénégal"],
 "cotedivoire": ["Côte d'Ivoire", "Elfenbeinküste", "Costa de Marfil", "Costa do Marfim"],
 "angola": [],
 "mozambique": ["Moçambique", "Mosambik", "Mozambique"],
 "india": ["भारत", "Bharat", "Indien", "Inde", "Índia"],
 "china": ["中国", "中國", "Zhongguo", "Chine"],
 "japan": ["日本", "Nihon", "Nippon", "Japon", "Japón", "Japão", "Giappone"],
 "southkorea": ["대한민국", "한국", "Südkorea", "Corée du Sud", "Corea del Sur", "Coreia do Sul"],
 "taiwan": ["台灣", "臺灣", "台湾"],
 "hongkong": ["香港"],
 "vietnam": ["Việt Nam"],
 "thailand": ["ประเทศไทย", "Thaïlande", "Tailandia", "Tailândia"],
 "philippines": ["Pilipinas", "Philippinen", "Filipinas"],
 "singapore": ["Singapura", "Singapur", "Singapour", "Cingapura"],
 "australia": ["Australien", "Australie", "Austrália"],
 "newzealand": ["Aotearoa", "Neuseeland", "Nouvelle-Zélande", "Nueva Zelanda", "Nova Zelândia"],
 "brazil": ["Brasil", "Brasilien", "Brésil"],
 "mexico": ["México", "Mexiko", "Mexique"],
 "canada": ["Kanada", "Canadá"],
 "argentina": ["Argentinien", "Argentine"],
 "chile": ["Chili"],
 "colombia": ["Kolumbien", "Colombie", "Colômbia"],
 "peru": ["Perú", "Pérou"],
 "ecuador": ["Équateur", "Equador"],
 "venezuela": [],
 "uruguay": [],
 "paraguay": [],
 "bolivia": ["Bolivien", "Bolivie", "Bolívia"],
 "costarica": [],
 "panama": ["Panamá"],
 "guatemala": [],
 "dominicanrepublic": ["República Dominicana", "Dominikanische Republik", "République dominicaine"],
 "puertorico": [],
}
def fold(s):
    s=unicodedata.normalize('NFC', s)
    out=''
    for ch in s:
        if ch.isascii():
            if ch.isalnum(): out+=ch.lower()
        elif ch.isalpha() or unicodedata.numeric(ch, None) is not None:
            out+=ch.lower()
    return out
def strip(s):
    d=unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in d if unicodedata.category(c)!='Mn'))
keys={}
for eng, ns in names.items():
    for n in ns:
        for k in {fold(n), strip(fold(n))}:
            if k==eng: continue
            if k in keys and keys[k]!=eng: raise SystemExit("clash %s %s %s"%(k,keys[k],eng))
            keys[k]=eng
lines=[]
lines.append('''/// Country names as other languages write them, folded (`Text.fold`), to the English folded key of
/// `RegionTable.countries`: each country's own name (`España`, `Österreich`, `Türkiye`, `日本`) and its
/// name in German, French, Spanish, Portuguese (and some Italian and Dutch), as a CRM set to that
/// language exports them. A trial's Spanish Zoho export wrote `España`, `México`, `Perú`, a German
/// Salesforce one `Schweiz`, `Österreich`: each became a region of its own, outside EMEA and LATAM.
/// The keys are given with and without their accents (`espana` too); `RegionTable.countryKey` reads
/// them. Generated from scripts/country-names.py.
package enum CountryNames {
    package static let english: [String: String] = [''')
for k in sorted(keys):
    lines.append('        "%s": "%s",' % (k, keys[k]))
lines.append('    ]')
lines.append('}')
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Sources/RefgapNormalize/Tables/CountryNames.swift'),'w').write('\n'.join(lines)+'\n')
print(len(keys))
