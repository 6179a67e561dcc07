/// Calendar and roster headers as teams write them in German, French, Spanish and Portuguese. Both
/// are hand-kept sheets, not a CRM's export, so there is no vendor's label to copy: these are the
/// plain words for each field. A trial's German sheets (`Bedarf`, `Anzahl`, `Aktivität`, `Branche`,
/// `Produkt`, `Ansprechpartner`, `Zuletzt geprüft`) left every need at 1 reference call of any
/// seniority and every contact without industry, product, name or verification date. Matched only for
/// a field no other header names (`HeaderRow`), as the opportunity export's other-language labels are.
extension Dialect {
    package static let sheetsInOtherLanguages = Dialect(
        calendarInOtherLanguages: [
            "team": ["Abteilung", "Équipe", "Equipo", "Equipe", "Equipa"],
            "need": ["Bedarf", "Anlass", "Anfrage", "Besoin", "Demande", "Necesidad", "Solicitud", "Necessidade"],
            "activity": [
                "Aktivität", "Referenzart", "Art der Referenz", "Activité", "Type de référence", "Actividad",
                "Tipo de referencia", "Atividade", "Tipo de referência",
            ],
            "due_date": [
                "Fällig", "Fällig am", "Fälligkeitsdatum", "Termin", "Échéance", "Date d'échéance", "Date limite",
                "Fecha límite", "Fecha de vencimiento", "Vencimiento", "Prazo", "Data limite", "Data de vencimento",
            ],
            "count": ["Anzahl", "Menge", "Quantité", "Cantidad", "Número", "Quantidade"],
            "industry": ["Branche", "Secteur", "Secteur d'activité", "Industrie", "Industria", "Indústria", "Setor"],
            "region": ["Gebiet", "Région", "Región", "Região"],
            "product": ["Produkt", "Produkte", "Produit", "Produits", "Producto", "Productos", "Produto", "Produtos"],
            "size": [
                "Unternehmensgröße", "Größe", "Taille", "Taille de l'entreprise", "Tamaño", "Tamaño de la empresa",
                "Tamanho", "Porte",
            ],
            // A need's status (`Annulé`, `Cancelado` are known words): a trial's French and Spanish
            // calendars counted cancelled needs, their `Statut` and `Estado` columns unread.
            "status": ["Statut", "Estado", "Estatus", "Situación", "Situação", "Zustand"],
            "min_seniority": [
                "Mindest-Seniorität", "Seniorität", "Mindestebene", "Séniorité minimale", "Séniorité",
                "Niveau minimum", "Nivel mínimo", "Seniority mínimo", "Nível mínimo",
            ],
        ],
        rosterInOtherLanguages: [
            "account": [
                "Firma", "Unternehmen", "Kunde", "Kundenname", "Société", "Entreprise", "Client", "Compte", "Empresa",
                "Cliente", "Cuenta", "Conta",
            ],
            "contact": [
                "Ansprechpartner", "Kontaktperson", "Kontaktname", "Kontakt", "Nom du contact", "Contacto",
                "Nombre del contacto", "Contato", "Nome do contato",
            ],
            "title": ["Titel", "Position", "Berufsbezeichnung", "Titre", "Poste", "Fonction", "Cargo", "Puesto"],
            "status": ["Referenzstatus", "Statut", "Estatus", "Situación", "Situação"],
            "industry": ["Branche", "Secteur", "Secteur d'activité", "Industrie", "Industria", "Indústria", "Setor"],
            "region": ["Gebiet", "Région", "Región", "Região"],
            "country": ["Land", "Pays", "País"],
            // Not `Estado` or `Provincia`: a state with no country is read as a US state, and a trial's
            // Brazilian roster's PA and MA (Pará, Maranhão) became Pennsylvania and Massachusetts.
            "state": ["Bundesland", "Kanton"],
            "product": ["Produkt", "Produkte", "Produit", "Produits", "Producto", "Productos", "Produto", "Produtos"],
            "employees": [
                "Mitarbeiter", "Mitarbeiterzahl", "Anzahl Mitarbeiter", "Effectif", "Employés", "Nombre d'employés",
                "Empleados", "Número de empleados", "Funcionários", "Número de funcionários",
            ],
            "size": ["Unternehmensgröße", "Größe", "Taille", "Tamaño", "Tamanho", "Porte"],
            "activities": [
                "Aktivitäten", "Referenzarten", "Activités", "Types de référence", "Actividades", "Atividades",
            ],
            "last_verified": [
                "Zuletzt geprüft", "Zuletzt bestätigt", "Geprüft am", "Dernière vérification", "Vérifié le",
                "Última verificación", "Verificado el", "Última verificação", "Verificado em",
            ],
            "last_used": ["Zuletzt genutzt", "Zuletzt eingesetzt", "Dernière utilisation", "Último uso"],
            "uses_last_90_days": [
                "Nutzungen (90 Tage)", "Einsätze (90 Tage)", "Utilisations (90 jours)", "Usos (90 días)",
                "Usos (90 dias)",
            ],
        ])
}
