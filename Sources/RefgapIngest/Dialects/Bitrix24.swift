extension Dialect {
    /// Bitrix24's deal list export. The Russian column titles are the deal list's own
    /// (`components/bitrix/crm.deal.list/lang/ru/component.php` in bitrix24-core-corp: `CRM_COLUMN_TITLE`
    /// "Название сделки", `CRM_COLUMN_STAGE_ID` "Стадия сделки", `CRM_COLUMN_OPPORTUNITY` "Сумма",
    /// `CRM_COLUMN_CURRENCY_ID` "Валюта", `CRM_COLUMN_CLOSED` "Сделка закрыта", `CRM_COLUMN_CLOSEDATE`
    /// "Предполагаемая дата закрытия"). A trial's Russian export read its won and lost deals as open
    /// pipeline and its roubles as dollars without a word.
    package static let bitrix24 = Dialect(
        signatures: [("Bitrix24 deal list export (ru)", ["Стадия сделки", "Предполагаемая дата закрытия"])],
        opportunitiesInOtherLanguages: [
            "name": ["Название сделки"],
            "stage": ["Стадия сделки"],
            "amount": ["Сумма"],
            "amount_currency": ["Валюта"],
            "probability": ["Вероятность"],
            "account": ["Компания"],
            "close_date": ["Предполагаемая дата закрытия"],
            "owner": ["Ответственный"],
            "is_closed": ["Сделка закрыта"],
            "last_modified": ["Дата изменения"],
        ],
        stages: [
            // The default deal pipeline's stages (status ids NEW, PREPARATION, PREPAYMENT_INVOICE,
            // EXECUTING, FINAL_INVOICE, WON, LOSE, APOLOGY), as Russian portals name them: the names
            // integrations map those ids to in public code (e.g. a MaaS funnel's "Новая", "В работе",
            // "Сделка успешна", "Сделка провалена"; a CRM sync's LOSE and APOLOGY). Bitrix24 gives its
            // stages no default probability.
            ("Новая", .open, nil, "Bitrix24 default deal stage (ru, NEW)"),
            ("Подготовка документов", .open, nil, "Bitrix24 default deal stage (ru, PREPARATION)"),
            ("Счёт на предоплату", .open, nil, "Bitrix24 default deal stage (ru, PREPAYMENT_INVOICE)"),
            ("В работе", .open, nil, "Bitrix24 default deal stage (ru, EXECUTING)"),
            ("Финальный счёт", .open, nil, "Bitrix24 default deal stage (ru, FINAL_INVOICE)"),
            ("Сделка успешна", .won, 1.0, "Bitrix24 default deal stage (ru, WON)"),
            ("Сделка провалена", .lost, 0.0, "Bitrix24 default deal stage (ru, LOSE)"),
            ("Анализ причины провала", .lost, 0.0, "Bitrix24 default deal stage (ru, APOLOGY)"),
            // The status ids themselves, as the REST API and a `STAGE_ID` column write them (a second
            // pipeline's with a `C1:` prefix, read without it: `StageClassifier.read`).
            ("PREPARATION", .open, nil, "Bitrix24 default deal stage id"),
            ("PREPAYMENT_INVOICE", .open, nil, "Bitrix24 default deal stage id"),
            ("EXECUTING", .open, nil, "Bitrix24 default deal stage id"),
            ("FINAL_INVOICE", .open, nil, "Bitrix24 default deal stage id"),
            ("LOSE", .lost, 0.0, "Bitrix24 default deal stage id"),
            ("APOLOGY", .lost, 0.0, "Bitrix24 default deal stage id"),
        ]
    )
}
