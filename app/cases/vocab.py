"""Controlled vocabularies for the case model, with their HTCDS 2.0 / CTDC equivalents.

Our own codes stay short and readable; each vocabulary maps them to the published
HTCDS value (or CTDC column) so exports can be read by the anti-trafficking data
ecosystem (../shared/data-standards.md). Labels are English source strings; the UI
translates them through Qt (context "vocab").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    htcds: str = ""  # the HTCDS 2.0 value this maps to ("" when HTCDS has none)


def codes(terms: tuple[Term, ...]) -> tuple[str, ...]:
    return tuple(t.code for t in terms)


def label(terms: tuple[Term, ...], code: str) -> str:
    return next((t.label for t in terms if t.code == code), code)


SEX = (
    Term("female", "Female", "Female"),
    Term("male", "Male", "Male"),
    Term("other", "Other", "Other"),
    Term("unknown", "Not known", ""),
)

EDUCATION = (
    Term("none", "No schooling"),
    Term("primary", "Primary school"),
    Term("lower_secondary", "Lower secondary"),
    Term("high_school", "High school"),
    Term("vocational", "Vocational training"),
    Term("university", "University"),
    Term("postgraduate", "Postgraduate"),
    Term("unknown", "Not known"),
)

SKILLS = (
    Term("computer_literacy", "Computer literacy"),
    Term("it", "IT / programming"),
    Term("english", "English"),
    Term("chinese", "Chinese"),
    Term("thai", "Thai"),
    Term("vietnamese", "Vietnamese"),
    Term("other_language", "Another language"),
    Term("typing", "Fast typing"),
    Term("sales", "Sales / customer service"),
)

CONTACT_KINDS = (
    Term("phone", "Phone"),
    Term("whatsapp", "WhatsApp", "WhatsApp"),
    Term("telegram", "Telegram", "Telegram"),
    Term("facebook", "Facebook", "Facebook"),
    Term("line", "LINE", "Line"),
    Term("email", "Email"),
    Term("address", "Address"),
    Term("other", "Other"),
)

DOCUMENT_TYPES = (
    Term("passport", "Passport"),
    Term("national_id", "National ID card"),
    Term("birth_certificate", "Birth certificate"),
    Term("visa", "Visa"),
    Term("work_permit", "Work permit"),
    Term("travel_document", "Travel document / laissez-passer"),
    Term("other", "Other"),
)

HELD_BY = (
    Term("client", "The client"),
    Term("employer", "Employer / compound"),
    Term("recruiter", "Recruiter or broker"),
    Term("police", "Police"),
    Term("immigration", "Immigration"),
    Term("family", "Family"),
    Term("lost", "Lost or destroyed"),
    Term("unknown", "Not known"),
)

CASE_STATUS = (
    Term("intake", "Intake", "Active"),
    Term("active", "Active", "Active"),
    Term("closed", "Closed", "Closed"),
    Term("referred", "Referred", "ClosedReferred"),
)

RECRUITMENT_CHANNEL = (
    Term("online", "Online"),
    Term("offline", "Offline"),
    Term("unknown", "Not known"),
)

# HTCDS vic_RecruitmentWebsitesAndApps, plus websites and job boards, common in the seed.
PLATFORMS = (
    Term("facebook", "Facebook", "Facebook"),
    Term("telegram", "Telegram", "Telegram"),
    Term("whatsapp", "WhatsApp", "WhatsApp"),
    Term("messenger", "Facebook Messenger", "FacebookMessenger"),
    Term("instagram", "Instagram", "Instagram"),
    Term("tiktok", "TikTok", "TikTok"),
    Term("line", "LINE", "Line"),
    Term("wechat", "WeChat", "WeChat"),
    Term("viber", "Viber", "Viber"),
    Term("twitter", "X / Twitter", "Twitter"),
    Term("website", "Job website", "Other"),
    Term("other", "Other", "Other"),
)

# HTCDS vic_MethodOfRecruitment
RECRUITMENT_METHOD = (
    Term("online_ad", "Online job advertisement", "ThroughAnOnlineAdvertisement"),
    Term("social_network", "Through online social networks", "ThroughOnlineSocialNetworks"),
    Term("friends", "Through friends", "ThroughFriendsOrSocialEvents"),
    Term("family", "Through family", "ThroughFamilyOrFamilyEvents"),
    Term("broker", "Broker", "Other"),
    Term("agency", "Employment agency", "AtAPlaceOfBusiness"),
    Term("workplace", "At work", "AtWork"),
    Term("school", "At school or university", "AtAnEducationalInstitution"),
    Term("other", "Other", "Other"),
)

JOBS_ADVERTISED = (
    Term("it", "IT"),
    Term("financial_analyst", "Financial analyst"),
    Term("human_resources", "Human resources"),
    Term("translation", "Translator / interpreter"),
    Term("call_centre", "Call centre"),
    Term("casino", "Casino"),
    Term("customer_service", "Customer service"),
    Term("marketing", "Marketing / sales"),
    Term("other", "Other"),
)

BENEFITS = (
    Term("high_pay", "High pay"),
    Term("free_accommodation", "Free accommodation"),
    Term("free_documents", "Free documents (passport, visa)"),
    Term("free_transport", "Free transport"),
    Term("free_food", "Free food"),
    Term("other", "Other"),
)

# HTCDS vic_RelationshipToTrafficker (HTCDS spells "Unaquainted" as published)
RELATIONSHIP = (
    Term("family", "Family member", "Familial"),
    Term("acquainted", "Friend or acquaintance", "Acquainted"),
    Term("stranger", "Stranger", "Unaquainted"),
    Term("unknown", "Not known", ""),
)

TRANSPORT_MODES = (
    Term("air", "By air"),
    Term("land", "By land"),
    Term("sea", "By sea or river"),
)

ARRANGED_BY = (
    Term("agency", "Local agency"),
    Term("recruiter", "Recruiter or broker"),
    Term("victim", "The client"),
    Term("family", "The client's family"),
    Term("other", "Other"),
    Term("unknown", "Not known"),
)

VISA = (
    Term("tourist", "Tourist visa"),
    Term("none", "No visa"),
    Term("visa_exempt", "Visa exemption"),
    Term("business", "Business visa"),
    Term("work", "Work visa"),
    Term("other", "Other"),
    Term("unknown", "Not known"),
)

SCAM_WORK = (
    Term("romance", "Romance scams"),
    Term("crypto_investment", "Crypto or investment fraud"),
    Term("online_gambling", "Online gambling"),
    Term("phishing", "Phishing / fake websites"),
    Term("impersonation", "Impersonating officials or companies"),
    Term("money_laundering", "Moving money"),
    Term("other", "Other"),
)

# HTCDS vic_MethodsOfControl (+ restricted movement, which CTDC has and the seed reports)
CONTROLS = (
    Term("documents_withheld", "Identity documents withheld", "WithholdsDocuments"),
    Term("movement_restricted", "Movement restricted / guarded", "Other"),
    Term("threats", "Threats", "PhysicalThreats"),
    Term("threats_family", "Threats against family", "ThreatensChildrenFamily"),
    Term("threats_law_enforcement", "Threats of police or immigration", "ThreatsLawEnforcement"),
    Term("physical_violence", "Physical violence", "PhysicalAbuse"),
    Term("sexual_violence", "Sexual violence", "SexualAbuse"),
    Term("psychological_abuse", "Psychological abuse", "PsychologicalAbuse"),
    Term("debt_bondage", "Debt bondage", "DebtBondage"),
    Term("wages_withheld", "Wages withheld", "TakesEarnings"),
    Term("financial_access", "No access to money", "RestrictsFinancialAccess"),
    Term("medical_care", "Medical care refused", "RestrictsMedicalCare"),
    Term("necessities_withheld", "Food or necessities withheld", "WithholdsNecessities"),
    Term("substances", "Forced to take drugs or alcohol", "PsychoactiveSubstance"),
    Term("excessive_hours", "Excessive working hours", "ExcessiveWorkingHours"),
    Term("abusive_conditions", "Abusive working or living conditions", "Other"),
    Term("false_promises", "False promises", "FalsePromises"),
    Term("isolation", "Isolation / no phone", "Other"),
    Term("other", "Other", "Other"),
)

EXIT_KINDS = (
    Term("rescue", "Rescue"),
    Term("raid", "Police raid"),
    Term("round_up", "Round-up / crackdown"),
    Term("escape", "Escape"),
    Term("ransom_paid", "Released after ransom"),
    Term("sold_on", "Sold on to another compound"),
    Term("released", "Released"),
    Term("other", "Other"),
)

YES_NO = (
    Term("yes", "Yes"),
    Term("no", "No"),
    Term("unknown", "Not known"),
)

CHARGE_STAGES = (
    Term("investigation", "Under investigation"),
    Term("charged", "Charged"),
    Term("trial", "At trial"),
    Term("convicted", "Convicted"),
    Term("acquitted", "Acquitted"),
    Term("dropped", "Dropped / not prosecuted"),
    Term("appeal", "On appeal"),
    Term("administrative", "Administrative penalty"),
    Term("other", "Other"),
)

# What kind of proceeding a charge is: a criminal charge goes to the prosecutor or the court; an
# administrative one (overstay, irregular entry, work without a permit) to the immigration or labour
# authority, in the penalty-waiver filing.
CHARGE_KINDS = (
    Term("criminal", "Criminal offence"),
    Term("overstay", "Overstay (administrative)"),
    Term("entry", "Irregular entry (administrative)"),
    Term("work_permit", "Work without a permit (administrative)"),
    Term("other_administrative", "Other administrative penalty"),
)
ADMINISTRATIVE_CHARGE_KINDS = ("overstay", "entry", "work_permit", "other_administrative")

# What the competent authority decided about the client (ACTIP art. 14(1)). Only "identified" lets a
# filing call the client a victim; a negative decision is recorded (to challenge it) and the filings
# keep saying "a presumed victim".
IDENTIFICATION_OUTCOMES = (
    Term("identified", "Identified as a victim of trafficking"),
    Term("not_identified", "Not identified (a negative decision)"),
)

NON_PUNISHMENT = (
    Term("not_raised", "Not raised yet"),
    Term("requested", "Requested"),
    Term("granted", "Granted"),
    Term("refused", "Refused"),
)

FACT_SOURCES = (
    Term("client_account", "Client's account"),
    Term("document", "Document"),
    Term("witness", "Witness"),
    Term("officer", "Officer or official"),
    Term("other", "Other"),
)

CONFIDENCE = (
    Term("high", "High"),
    Term("medium", "Medium"),
    Term("low", "Low"),
)

# Simplified from HTCDS per_RoleInProcess
PERSON_ROLES = (
    Term("recruiter", "Recruiter", "RecruiterOrIntermediary"),
    Term("broker", "Broker / travel agent", "BrokerTravelAgent"),
    Term("transporter", "Transporter", "Transporter"),
    Term("operator", "Compound operator", "Exploiter"),
    Term("manager", "Manager / supervisor", "Exploiter"),
    Term("guard", "Guard", "Abuser"),
    Term("company", "Company", "Other"),
    Term("buyer", "Buyer (sold on to)", "BoughtIndividual"),
    Term("other", "Other", "Other"),
)

IDENTIFIER_KINDS = (
    Term("phone", "Phone number"),
    Term("telegram", "Telegram"),
    Term("whatsapp", "WhatsApp"),
    Term("facebook", "Facebook"),
    Term("line", "LINE"),
    Term("wechat", "WeChat"),
    Term("email", "Email"),
    Term("website", "Website"),
    Term("company", "Company name"),
    Term("bank_account", "Bank account"),
    Term("crypto_wallet", "Crypto wallet"),
    Term("other", "Other"),
)

REMEDY_KINDS = (
    Term("recruitment_fee", "Recruitment fee"),
    Term("debt_charged", "Debt charged by the compound"),
    Term("ransom", "Ransom paid"),
    Term("unpaid_wages", "Unpaid wages"),
    Term("medical", "Medical costs"),
    Term("lost_property", "Lost property"),
    Term("travel", "Travel costs"),
    Term("fine", "Fines paid"),
    Term("other", "Other"),
)

PAID_BY = (
    Term("client", "The client"),
    Term("family", "Family"),
    Term("other", "Someone else"),
    Term("owed", "Owed to the client (not paid)"),
)

DEADLINE_KINDS = (
    Term("hearing", "Hearing"),
    Term("detention_review", "Detention review"),
    Term("filing", "Filing deadline"),
    Term("repatriation", "Repatriation step"),
    Term("meeting", "Meeting with client"),
    Term("other", "Other"),
)

# What a consent allows. "referral" is what a referral package to a partner office needs (app/referral/packages.py).
CONSENT_USES = (
    Term("legal", "Legal representation and filings"),
    Term("referral", "Referral to a partner organisation"),
    Term("statistics", "Anonymised statistics"),
    Term("advocacy", "Advocacy or media, without identifying details"),
    Term("research", "Research"),
    Term("other", "Other (see the note)"),
)

# The parts of a case a referral may carry (a consent may limit them); the reference, id, status and
# dates always go, so the partner can file what it receives.
REFERRAL_PARTS = (
    Term("client", "The client's profile, names, contacts and documents"),
    Term("journey", "Recruitment, transport, compounds and exit"),
    Term("detention", "Detention"),
    Term("charges", "Charges and the non-punishment argument"),
    Term("facts", "Facts and their legal elements"),
    Term("people", "People (recruiters, brokers, officials)"),
    Term("remedies", "Losses and remedies"),
    Term("deadlines", "Deadlines"),
    Term("interview", "The interview: accounts, sessions, skipped questions"),
    Term("notes", "Notes and analysis choices"),
)

# ISO 3166-1 alpha-2 codes most seen in these cases; any other two-letter code is accepted too.
COUNTRIES = (
    Term("KH", "Cambodia"),
    Term("TH", "Thailand"),
    Term("MM", "Myanmar"),
    Term("LA", "Lao PDR"),
    Term("VN", "Viet Nam"),
    Term("MY", "Malaysia"),
    Term("ID", "Indonesia"),
    Term("PH", "Philippines"),
    Term("SG", "Singapore"),
    Term("BN", "Brunei"),
    Term("CN", "China"),
    Term("TW", "Taiwan"),
    Term("IN", "India"),
    Term("BD", "Bangladesh"),
    Term("LK", "Sri Lanka"),
    Term("NP", "Nepal"),
    Term("KE", "Kenya"),
    Term("UG", "Uganda"),
    Term("AE", "United Arab Emirates"),
)
