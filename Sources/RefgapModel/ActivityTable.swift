/// Reference activities and their common names, folded to the ten activities of docs/model.md
/// (Calendar needs). Keys are folded. "Event" alone is read as Speaker (an event asks a customer to
/// speak); "Quote" as Press quote.
package enum ActivityTable {
    package static let activities: [String: String] = folded.merging(
        otherNames.map { (Text.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })

    /// Names as rosters and calendars write them beyond the folded keys below, folded when the table
    /// is made: the short forms teams use (`Ref call`, `PR`) and the activities in German, French and
    /// Spanish. A trial's German and Spanish rosters (`Referenzgespräch`, `Fallstudie`, `Llamada de
    /// referencia`, `Caso de éxito`) served nothing: every contact's activities unknown, coverage 0%.
    private static let otherNames: [String: String] = [
        "Ref call": "Reference call", "Ref calls": "Reference call", "Customer reference": "Reference call",
        "Customer reference call": "Reference call", "PR": "Press quote", "Speaking opportunity": "Speaker",
        "Speaking opportunities": "Speaker", "Analyst inquiry": "Analyst interview",
        "Analyst inquiries": "Analyst interview", "Peer review (G2)": "Peer review",
        // German
        "Referenzgespräch": "Reference call", "Referenzanruf": "Reference call", "Referenztelefonat": "Reference call",
        "Referenzcall": "Reference call", "Fallstudie": "Case study", "Anwenderbericht": "Case study",
        "Erfolgsgeschichte": "Case study", "Referenzbericht": "Case study", "Pressezitat": "Press quote",
        "Pressemitteilung": "Press quote", "Presse": "Press quote", "Vortrag": "Speaker", "Sprecher": "Speaker",
        "Analystengespräch": "Analyst interview", "Bewertung": "Peer review", "Online-Bewertung": "Peer review",
        "Kundenbesuch": "Site visit", "Standortbesuch": "Site visit", "Kundenbeirat": "Advisory board",
        "Beirat": "Advisory board",
        // French
        "Appel de référence": "Reference call", "Appel référence": "Reference call", "Étude de cas": "Case study",
        "Témoignage": "Case study", "Cas client": "Case study", "Citation presse": "Press quote",
        "Communiqué de presse": "Press quote", "Conférencier": "Speaker", "Intervention": "Speaker",
        "Vidéo": "Video", "Témoignage vidéo": "Video", "Avis en ligne": "Peer review", "Visite client": "Site visit",
        "Visite de site": "Site visit", "Webinaire": "Webinar", "Comité consultatif": "Advisory board",
        // Spanish
        "Llamada de referencia": "Reference call", "Caso de éxito": "Case study", "Caso de estudio": "Case study",
        "Testimonio": "Case study", "Cita de prensa": "Press quote", "Nota de prensa": "Press quote",
        "Prensa": "Press quote", "Ponente": "Speaker", "Orador": "Speaker", "Reseña": "Peer review",
        "Visita de cliente": "Site visit", "Seminario web": "Webinar", "Consejo asesor": "Advisory board",
    ]

    private static let folded: [String: String] = [
        "advisoryboard": "Advisory board",
        "advisorycouncil": "Advisory board",
        "analyst": "Analyst interview",
        "analystbriefing": "Analyst interview",
        "analystcall": "Analyst interview",
        "analystinterview": "Analyst interview",
        "analystreference": "Analyst interview",
        "analystrelations": "Analyst interview",
        "analystsurvey": "Analyst interview",
        "cab": "Advisory board",
        "call": "Reference call",
        "capterra": "Peer review",
        "casestudies": "Case study",
        "casestudy": "Case study",
        "conferencespeaker": "Speaker",
        "customeradvisoryboard": "Advisory board",
        "customercall": "Reference call",
        "customerpanel": "Speaker",
        "customerreferencecall": "Reference call",
        "customerstory": "Case study",
        "customersuccessstory": "Case study",
        "customervideo": "Video",
        "customervisit": "Site visit",
        "event": "Speaker",
        "events": "Speaker",
        "eventspeaker": "Speaker",
        "executiveadvisoryboard": "Advisory board",
        "executivebriefingvisit": "Site visit",
        "filming": "Video",
        "forrester": "Analyst interview",
        "forresterreference": "Analyst interview",
        "g2": "Peer review",
        "g2crowd": "Peer review",
        "g2review": "Peer review",
        "gartner": "Analyst interview",
        "gartnerpeerinsights": "Peer review",
        "gartnerreference": "Analyst interview",
        "hostvisit": "Site visit",
        "idc": "Analyst interview",
        "journalistinterview": "Press quote",
        "keynote": "Speaker",
        "magicquadrant": "Analyst interview",
        "media": "Press quote",
        "mediainterview": "Press quote",
        "mediaquote": "Press quote",
        "newsrelease": "Press quote",
        "onlineevent": "Webinar",
        "onlinereview": "Peer review",
        "onsite": "Site visit",
        "onsitevisit": "Site visit",
        "panel": "Speaker",
        "panelist": "Speaker",
        "panelspeaker": "Speaker",
        "peercall": "Reference call",
        "peerinsights": "Peer review",
        "peerreview": "Peer review",
        "peerreviews": "Peer review",
        "phonereference": "Reference call",
        "podcast": "Webinar",
        "press": "Press quote",
        "pressinterview": "Press quote",
        "pressquote": "Press quote",
        "pressrelease": "Press quote",
        "pressreleasequote": "Press quote",
        "productadvisoryboard": "Advisory board",
        "prospectcall": "Reference call",
        "prquote": "Press quote",
        "quote": "Press quote",
        "quoteforcasestudy": "Case study",
        "reference": "Reference call",
        "referencecall": "Reference call",
        "referencecalls": "Reference call",
        "referencecheck": "Reference call",
        "review": "Peer review",
        "reviews": "Peer review",
        "salescall": "Reference call",
        "salesreference": "Reference call",
        "sitetour": "Site visit",
        "sitevisit": "Site visit",
        "sitevisits": "Site visit",
        "speaker": "Speaker",
        "speaking": "Speaker",
        "speakingengagement": "Speaker",
        "successstory": "Case study",
        "testimonial": "Case study",
        "testimonialvideo": "Video",
        "trustradius": "Peer review",
        "trustradiusreview": "Peer review",
        "userconference": "Speaker",
        "video": "Video",
        "videocasestudy": "Video",
        "videointerview": "Video",
        "videotestimonial": "Video",
        "virtualevent": "Webinar",
        "wave": "Analyst interview",
        "webcast": "Webinar",
        "webinar": "Webinar",
        "webinars": "Webinar",
        "writtencasestudy": "Case study",
        "writtentestimonial": "Case study",
    ]

    package static let canonical: [String] = [
        "Case study", "Press quote", "Speaker", "Analyst interview", "Reference call", "Video", "Peer review",
        "Webinar", "Advisory board", "Site visit",
    ]

    /// The activity a folded name stands for, its plural too (`Speakers`, `Press Quotes`, `Site
    /// visits`: a calendar counts what it asks for in plurals, and a new-user trial's "Speakers" need
    /// found no speaker).
    package static func activity(folded f: String) -> String? {
        if let v = activities[f] { return v }
        if f.hasSuffix("ies"), let v = activities[f.dropLast(3) + "y"] { return v }
        if f.hasSuffix("s"), let v = activities[String(f.dropLast())] { return v }
        return nil
    }
}
