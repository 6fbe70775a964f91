<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name></name>
    <message>
        <source>Supporting facts (click to select below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts disputing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits (click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could corroborate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row of the matrix to see its facts and exhibits here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fact supports it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citation is recorded for this element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the fact with an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(already tagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports the element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes it (a fact against it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why this fact bears on the element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an exhibit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a fact to see and change its tags and exhibits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected fact with an element or indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an exhibit of the case to the selected fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits that back this fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements this fact is tagged with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an exhibit no longer in the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exhibit left to link. Add the files in the Evidence tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which exhibit backs this fact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could corroborate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} facts: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} disputing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words: how this charge follows from what was done to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charges are recorded for this case. Add them in the Proceedings tab; then argue non-punishment here, charge by charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks and the model are saved as you choose them; the argument when you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Legal basis: tick the provisions you argue from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Facts that tie this charge to the trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Model argued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. The argument, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list checks the file, not the merits: the lawyer judges whether the argument holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} point(s) still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing flagged as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National law: {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no jurisdiction set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National law: {country} (no profile in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national provision is recorded; argue from the international ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facts yet: record them in the Matrix and facts tab or the Facts tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a provision to read its text here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provision is not known yet: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is flagged as missing for this charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amounts are recorded yet. Add them in the Money tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by kind and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each amount and the exhibits behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis for a remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds together: {totals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exhibit backs these amounts yet: {amounts}. Receipts, transfer records or messages would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provision is recorded for this jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element: {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the intake answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact is recorded as the client&apos;s account and tagged with this element. Write it as the fact, in plain words; you can edit it later in the Facts tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the fact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will not be suggested again for this case. The note is kept with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the intake answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions: every element suggested by the intake answers is tagged on a fact or dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements the intake answers point to. Nothing is tagged until you accept: accepting records the fact and tags it; dismissing hides the suggestion for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tagged facts add up to under each framework. These summaries inform your judgement; none of them decides whether the client is a victim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal frameworks could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged: only facts (the account, a witness) support it. Corroborated: at least one supporting fact has an exhibit. Disputed: a fact is tagged against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof matrix and facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-punishment, charge by charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm for this draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm for this draft (lawyers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a citation only after checking it against the official text. The confirmation applies to this draft only and is recorded in the audit log under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a lawyer or an admin can confirm a citation for filing. Ask them to check these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations still to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every citation in this draft is verified or confirmed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations still to check ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown citation: it is not in the legal library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet; fill it in and verify it before filing: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the filing is addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filing templates are installed. Templates are files in legal_templates/filings (ID.toml and ID.en.j2), or in the filings folder of your own legal templates folder (SAKSI_LEGAL_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is filled in from the case. What the case does not have yet is marked as missing; fill it in the case or in the text before filing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Khmer template was not written by a native legal drafter; have it checked before filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {language} template was not written by a native legal drafter; have it checked before filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal library could not be loaded, so drafts cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fact from the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exhibit reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow exporting. Ask a lawyer or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: # heading, 1. numbered paragraph, - bullet, &gt; quote; [[cite:…]] marks a citation and [[missing:…]] something the case does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: as the filing will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet. Choose New draft… to prepare a filing from a template: it is filled in from the case, and you edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} · version {version} · {when} · {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft has changes that are not saved as a version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved before leaving the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} of {latest}, saved {when} by {who}: read-only. Restore it to continue from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {language} · version {version}, saved {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from the case: {gaps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no facts yet. Add them in the Facts tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which fact? Its statement goes in at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no exhibits yet. Add them in the Evidence tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which exhibit? Its reference and SHA-256 go in at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for this version (optional), e.g. what changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved automatically when the case was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm {citation} for this draft?

Do this only after checking it against the official text. The marker “[unverified - check before filing]” then leaves this draft (not others), and the confirmation is recorded in the audit log under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm for this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the draft from the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow exporting drafts. Ask a lawyer or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor has changes that are not saved. The export is made from a saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a version and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved before export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft is not ready to file yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} citation(s) still marked unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can export it to keep working on it; the markers stay visible in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the {format}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}. The export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen the period or remove a filter, then press Refresh. No figures are shown or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case file matches these filters, so there is no report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report withheld: fewer than {k} case files match these filters. Figures about so few people could identify them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case records an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same counts as the table beside it, as shares of the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {base} charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {base} cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than {k}: the exact count is withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column chart: cases opened per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = {base} cases. Quarters with fewer than {k} cases are drawn as a pale stub marked &quot;&lt;{k}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than {k} cases: counts withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jurisdiction {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nationality {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} ({percent})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cases} case files · {filters} · minimum cell size k = {k} · made at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cases} case files · {filters} · k = {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy: every count from 1 to {last} is shown as &quot;&lt;{k}&quot; and drawn as a pale stub, never at its size. Where a table&apos;s rows add up to its total, a second cell is hidden too (secondary suppression), so a hidden count cannot be worked out by subtraction. The report holds no names, case references, identifiers, free text or exact dates: only categories, countries and quarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a legal determination: these figures describe what the case files record. They do not decide whether anyone is a victim of trafficking or forced labour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will manage the users of this vault. Each person gets their own name and passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name, as the audit log will show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can reset a forgotten passphrase for you except another admin, or the recovery code that Saksi shows next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Not addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed, verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed in substance (summary, not the official wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palermo Protocol art. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILO indicators of forced labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILO-EC indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compulsion: the client was compelled to commit the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causation: the act was a direct consequence of the trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presumption: the law presumes a trafficked person is not punishable for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2024, 2024-03 or 2024-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate with commas, e.g. Khmer, English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered / not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, e.g. 1500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose, or type a two-letter code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter codes in order, e.g. KH, TH, MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other countries: two-letter codes, e.g. FR, US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {thing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} newest entries. The log cannot be changed; Verify vault checks its chain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Export a court bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exhibits of {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected exhibits ({labels})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted copies only (originals without a copy are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the bundle into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is written outside the encrypted vault: exhibits named by number, a SHA-256 manifest, the custody log and an index for filing. Each exported exhibit is recorded in its chain of custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow exporting evidence. Ask a lawyer or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits: {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, because they have no redacted copy: {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelProgressDialog</name>
    <message>
        <source>Importing evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDoc</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page now shows the case as last saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEdit</name>
    <message>
        <source>The largest allowed is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest allowed is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Edit deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Detention review at the provincial court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is due, e.g. Detention review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2024, 2024-03 or 2024-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One fact, in plain words: what happened, to whom, where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the fact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this fact? Its text stays in the case history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or nickname as the client knows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiters, brokers, managers and companies, with their accounts. An account that appears in other cases is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handle also appears in 1 other case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handle also appears in {count} other cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from this case? The record stays in the case history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paralegal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceedings in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name that long is probably a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole case in Saksi&apos;s JSON format; the export is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name recorded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paralegal: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceedings in: {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview: {done} of {total} sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the interview (About the client; Needs and consent). Change them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only contacts marked safe: a message to an unsafe number can put the client at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents, and who holds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 18 when recruited (a child: the means need not be shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender (own words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age when recruited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-punishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges are recorded in the interview (Charges and proceedings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charge recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-punishment raised for {raised} of {count} charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is in detention at {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unrecorded place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money lost or owed, for the compensation claim. Recorded in the interview (Needs and consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {amounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which owed to the client (not paid): {amounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained so far: {amounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the team. Plain text; kept with the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving the compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>about {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty case and start the intake interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names in any script, references, facts, notes, the interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In detention only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {count} demo cases (synthetic, for training)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import case (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case in Saksi&apos;s documented JSON format (docs/case-format.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference prefix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {all} cases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{all} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double-click a case, or press Enter, to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet. Press New case to record a client&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches. Try part of a name, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi case (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix for new case references (e.g. KH gives KH-2026-0001):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases › {reference} › Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases › {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {count} synthetic cases for training? Every demo client&apos;s name starts with DEMO. Better: use a separate vault for training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add demo cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo cases…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin gave you a temporary passphrase. Choose your own passphrase now; nobody else should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <source>Check that you wrote it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One group, typed from your paper, finds a copying mistake now rather than on the day you need the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot find it on your paper, go Back and copy the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at your paper, not at the screen. Type group {number} of {total}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not group {number}. Check your paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmWithPassphraseDialog</name>
    <message>
        <source>Your passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Saksi: internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi ran into an internal error. Your vault is safe: every change is saved completely or not at all. If something looks wrong, lock the vault and open it again.

The report below says only where in the program the error happened. It holds no case data, names or passphrases. You may copy it and send it to whoever supports Saksi for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was also saved in: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the vault&apos;s recovery code. If every passphrase is lost, this code is the only way back into the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>{reference} {what} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 deadline overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} deadlines overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 deadline in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} deadlines in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesArea</name>
    <message>
        <source>Show done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadlines. Add them on a case&apos;s Deadlines tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue deadlines are in red, the next 7 days are highlighted. Double-click to open the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{overdue} overdue · {soon} in the next 7 days · {open} open in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this exhibit deleted? (required, kept with the tombstone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s bytes are removed from the vault and cannot be recovered from Saksi. A tombstone stays: the exhibit number {label}, its SHA-256, who deleted it, when and why. The chain of custody keeps every entry. Copies made from it are deleted too. Numbers are never reused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an exhibit to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact, crop, rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export working copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this exhibit the number before it (its copies follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this exhibit the number after it (its copies follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show location (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPS position recorded in the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies made from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription and translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file says, word for word (e.g. a voice note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation, e.g. into English or Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provenance recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on {when} by {who}. Reason: {reason}
The file&apos;s bytes were removed; its number, SHA-256 and custody log are kept as a tombstone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} ({count} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (show the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} area(s) blacked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotated {degrees}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilt from pixels, no metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo records where it was taken. It can reveal where the client, their family or a witness lives or hid. Show it only when nobody else can see this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude {lat}, longitude {lon}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow exporting evidence. Ask a lawyer or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This writes a copy of {label} outside the encrypted vault, to a place you choose. Anyone who can open that folder can open the copy. The export is recorded in the exhibit&apos;s chain of custody. Delete the copy when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy was saved as:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a working copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed in Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy made from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription or translation edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions: {w} × {h} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera or phone maker: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF orientation: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: {value} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is password-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUDIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIDEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted; only its tombstone remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: already exhibit {label} (the new provenance was added to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: stored as {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi does not show this image format itself; export a working copy to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceArea</name>
    <message>
        <source>Find a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a reference or of the client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify all evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read every stored file and compare it with its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a case —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every stored file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at {time}: all {count} stored file(s) match their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at {time}: {bad} file(s) do not match their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the vault from a backup, and keep this damaged copy for inspection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the image on the clipboard (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File names, descriptions, transcriptions and translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files or folders here, or paste a screenshot (Ctrl+V). Originals are kept byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every file in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no files to import there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {count} file(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image and no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to make a copy in Saksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting {label}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate view 90°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move around. Rotating here changes only the view, not the exhibit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stored} stored, {again} already in this case, {refused} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {rest} of {total} file(s) were not imported. Nothing of them was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoPane</name>
    <message>
        <source>Saksi does not show this type of file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a working copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is recorded in the chain of custody. The original stays in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a lawyer or an admin to export a working copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, or empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, end this session and go back to the case. Resume any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview is paused. Check the language and interpreter, then resume when the client is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ done   ● started   ○ not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions after the list are about the first compound in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account in the client&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client says about this part, in their own words. Recorded once, so it need not be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} sections done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <source>an identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle, number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (any script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compound or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-punishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (2024-03-15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>Not to be asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How approached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recruiter was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up at a border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compound: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compound {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept there by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving the compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ransom paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out or helped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic needs met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help to return home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-punishment: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next date {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges and proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charge recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The Khmer translation has not yet been reviewed by a native Khmer speaker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is one folder that holds every case, encrypted. It can live on this computer or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Phnom Penh office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a name about your office, never about a client: the folder name is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the vault a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault name cannot start with a dot or contain any of these: {chars}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi will create the folder {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vault} · signed in as {user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi is still working. Choose the language again when this is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi keeps case files for legal aid to people trafficked into scam compounds, encrypted and offline. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi is still working on the vault. Close it when this is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Your role does not allow exporting evidence. Ask a lawyer or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export: no exhibits with redacted copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export: no exhibits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists; a bundle never overwrites anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} was deleted; only its tombstone remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid case: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date must look like 2024, 2024-03 or 2024-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a country is a two-letter ISO code, e.g. KH, TH, MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a currency is a three-letter ISO code, e.g. USD, KHR, THB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid case: {problems} (and {count} more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month must be 01 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identifier needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deadline needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date must look like 2024-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount is a number such as 1500 or 1500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference prefix is 1 to 8 capital letters or digits, starting with a letter (e.g. KH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow deleting cases. Ask a lawyer or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case {reference} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow exporting cases. Ask a lawyer or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &apos;{template_id}&apos;. Known: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &apos;{template_id}&apos; has no &apos;{language}&apos; version ({languages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: languages.{language}: the file {text_name} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {key}: required text is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, line {line}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &apos;{kind}&apos;; use .pdf or .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That draft does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a lawyer or an admin can confirm a citation for filing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow exporting drafts. Ask a lawyer or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} has no exhibit {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist (or was removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That exhibit does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can delete evidence. The original stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images can be redacted, cropped or rotated in Saksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to make a copy in Saksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy could be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow exporting evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi is not allowed to read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read to the end ({reason}); it may have been removed or the drive unplugged. Nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow exporting reports. Ask a lawyer or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum cell size cannot be below 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not empty; choose a new or empty folder for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: entry {missing} is missing (next entry is {seq}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: entry {seq} does not follow the entry before it (chain broken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: entry {seq} was altered after it was written (hash mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: more problems not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case with reference {reference} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case with id {case_id} already exists in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case is deleted; the reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case does not exist (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved this case after you opened it. Your changes were not saved; reopen the case and apply them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case does not exist (or was already deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database reported an error: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {file} is missing from the vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of Saksi was built without encryption support; it refuses to open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full or cannot be written. The last change was not saved and the vault is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database{where} cannot be decrypted although the key is right: its first page is damaged or was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database{where} is damaged or was tampered with (database disk image is malformed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database{where} cannot be opened (missing, or no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault{where} is on a read-only disk or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy in another window or program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the vault{where} reported a read error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so the vault cannot be remembered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring on this computer keeps secrets in a plain file, so the vault will not be remembered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to store the key ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumbering must list every exhibit of the case exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the exhibit is deleted; the reason is kept with its tombstone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing of this file was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence bytes are missing (chunk {seq}); run Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space to write {path}. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi is not allowed to write {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &apos;{user}&apos; in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no recovery code slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {file} is missing from the vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {file} cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s key file was written by a newer version of Saksi. Update Saksi to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {file} has an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {file} is damaged ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase must have at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name must be 1 to 64 characters, without slashes or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;. Choose one of: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder {name} is missing {missing}; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data key rotation was interrupted and this user&apos;s slot does not open the vault. Unlock as the admin who started the rotation, or with the new recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Saksi (vault format {version}; this app reads up to {newest}). Update Saksi to open it; the vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database has no Saksi tables; it is damaged or not a Saksi vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &apos;{name}&apos; in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; a backup never overwrites anything. Choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup and the destination are the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists. Restore never overwrites a vault; choose a new folder or confirm replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} already exists. Choose a new name or folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device does not remember a key for &apos;{user}&apos;. Use the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can add users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user named &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can remove users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself. Ask another admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last admin; add another admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can change roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can reset passphrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can replace the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can rotate the data key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy did not verify: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not verify: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Saksi (vault format {version}). Update Saksi to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the copy to {folder}: the disk is full or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted page check failed: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database structure: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version is {version}, expected {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeWizard</name>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start or end the passphrase with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {strength}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is password-protected; Saksi cannot show it. Its bytes are kept as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be shown (it may be damaged). Its bytes are kept as received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>Where do these files come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: who exactly, e.g. the client&apos;s sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. WhatsApp, Telegram, the client&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. screenshots of the chat with the recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original app or device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} file(s) will be stored unchanged. These answers are kept with each of them as its provenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask gently. The client may skip this question, or ask not to be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{prompt}”: not asked again (recorded by {who} on {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped for now by {who} on {date}. You can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only once. Write it down or print it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the code on paper (or print it) and keep the paper locked away. It opens the vault if all passphrases are lost, so anyone who holds it can read every case. Saksi will not show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vault} recovery code.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Saksi recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: {vault}    Written: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this paper locked away. It opens the vault if all passphrases are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who holds this code can read every case in the vault. Do not photograph it, do not send it, and do not keep it on a computer. If you saved it as a PDF, print it and delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi shows this code only once. An admin can replace it in Settings; this paper then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <source>Redacted copy of {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw over what must not be seen. The original {label} never changes: the copy is rebuilt from the pixels only, without EXIF, GPS or comments, and is kept as a new exhibit linked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw black boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the crop area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black boxes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save redacted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} × {h} at {x}, {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole image (no crop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop: {w} × {h} pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned {degrees}° clockwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not turned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue and detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Only cases opened on or after this day. “any”: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases opened on or before this day. “any”: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the case is handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the case stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum cell size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest group of people a figure may describe (k). Every count from 1 to k-1 is shown as “&lt;k” and drawn as a pale stub; where a table adds up to its total, one more cell is hidden so the first cannot be worked out by subtraction. If fewer than k case files match the filters, the whole report is withheld. A higher k protects clients better and hides more. It cannot be below {min}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the case files again with these filters (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as PDF, its tables and the anonymised case rows as CSV into an empty or new folder. Recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports need a lawyer or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the case files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings from the case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later “to” date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters have changed: press Refresh to update the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh first, so that the export is the report you see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: the report is withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty or new folder for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi cannot read the folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case rows in cases-ctdc.csv: {released} released, {withheld} withheld (too few cases share their gender, age band, citizenship and country of exploitation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was recorded in the audit log. The files are not encrypted: keep them safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is checked, then copied into a new vault folder. An existing vault is never overwritten without your confirmation, and a replaced vault is kept beside the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder (NAME.saksi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup and where to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Replace it with the backup? The current vault is kept beside it as a folder ending in .replaced-DATE; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paralegal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after no use for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock without passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows at once; open case pages close, and what you typed is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate data key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the data key after a laptop or USB stick is lost, or after removing someone who may have kept a copy of it. Other users then need a passphrase reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer unlocks the vault for you without a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on a computer that you alone use and that locks its screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified at {time}: no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. The encryption, the database, its version and the audit log are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified at {time}: problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi found problems:
{problems}

Restore the vault from a backup, or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the backup (a USB stick, for example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written and checked:
{path}

It is encrypted like the vault itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi will make a new recovery code and show it once. The old paper stops working at once, so destroy it after you have put the new one away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the new recovery code. The old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi will re-encrypt the whole vault with a new key. This can take a while for a large vault; do not unplug the drive.

Afterwards every other user needs a passphrase reset (Users…), every remembered device is forgotten, and there is a new recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has a new data key. This is its new recovery code; the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>[Only the first {size} are shown.]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Open another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code from the recovery paper, then choose a new passphrase for the user above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock {vault}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock without a passphrase on this computer from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no users left who can unlock it. Use the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock as {user} with this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or unlock with a passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a temporary passphrase for {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the temporary passphrase to the person in person, not by message. Saksi asks them to choose their own when they next unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles record who may do what; they are not separate locks. Every user can read the whole vault. After removing someone who may have kept a copy of the key, rotate the data key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set (admin must reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role for {user}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {user} from this vault? Their passphrase stops working and this device forgets them. What they recorded stays, with their name in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Evidence {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown from memory; nothing is written to disk. Opening it was recorded in the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Create a vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files for people trafficked into scam compounds, kept encrypted on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found. Is the USB stick or drive with this vault plugged in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vault folder (NAME.saksi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Profile of the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age when recruited, gender, education, skills and nationality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How clients were approached and what they were promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How clients travelled, who arranged it, and on what visa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working and living conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done to keep clients in the compounds, and the work they were forced to do. Counts show how many cases report each; they are not legal determinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue, round-up and detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How clients left the compounds and how they were treated afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes of proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges against clients and what became of non-punishment requests and claims for a remedy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age when recruited (CTDC age bands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills and languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case can have several answers; rows do not add up to the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online or offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms used to recruit (online recruitment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client was approached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct or through another country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel arranged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up at the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa used to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control methods reported (HTCDS methods of control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work the clients were forced to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client left the compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic needs met in detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among the clients who were detained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews distressing or re-traumatising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial support received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support to return home received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fined (overstay or other offences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-punishment, per charge against a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation or restitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened per quarter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>About the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the client is. Ask only what the client is comfortable sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the client uses (any script), and aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender, in the client&apos;s own words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth (or year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age when recruited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18 when recruited: a child under Palermo art. 3(c)-(d); the means need not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach the client safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents, and who holds them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client heard of the job and who recruited them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When were you recruited?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In which country?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (town, province)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online or offline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which apps or websites?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How were you approached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What job was offered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the offer say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you know the recruiter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client travelled to the compound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did you leave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did you arrive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you travel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries on the way, in order (from home to the compound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who arranged the travel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were you picked up at a border?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which visa did you have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who held your documents during the journey?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work and the conditions. Go at the client&apos;s pace; sensitive questions can be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compounds or companies where the client was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What work were you forced to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages actually paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt you were told you owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done to keep you there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport taken, guards, threats, violence, debt, unpaid wages... Tick what the client describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving the compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client got out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you leave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ransom paid (by whom, how much)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who helped or carried out the rescue or raid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment after the raid, rescue or escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were you detained?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (facility)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until when (empty if still detained)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were basic needs met (food, water, hygiene, medical care)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times were you interviewed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were the interviews distressing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you receive psychosocial support?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you receive help to return home?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were you fined?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions in detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges and proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each charge or penalty the client faces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges against the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearings, reviews and other dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client needs now, and what they agree to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the client need now (safety, health, family, return, documents)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents given (use of the account, sharing with whom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money lost or owed (fees, debts, ransom, unpaid wages...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Local agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiter or broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free documents (passport, visa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped / not prosecuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement restricted / guarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats against family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats of police or immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access to money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical care refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food or necessities withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced to take drugs or alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abusive working or living conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation / no phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repatriation step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting with client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel document / laissez-passer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police raid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-up / crackdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released after ransom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold on to another compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer or official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer / compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator / interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing / sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not raised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed to the client (not paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker / travel agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compound operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager / supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer (sold on to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X / Twitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online job advertisement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through online social networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At school or university</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend or acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stranger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt charged by the compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ransom paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fines paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romance scams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto or investment fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online gambling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phishing / fake websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impersonating officials or companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer literacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT / programming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales / customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sea or river</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourist visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9-17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>21-23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>27-29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-38</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>39-47</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>48+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through another country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses recorded, not yet claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed, not (yet) obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained (in part or in full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026 Q4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
