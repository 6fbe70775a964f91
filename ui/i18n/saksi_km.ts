<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name></name>
    <message>
        <source>Supporting facts (click to select below)</source>
        <translation>អង្គហេតុគាំទ្រ (ចុចដើម្បីជ្រើសខាងក្រោម)</translation>
    </message>
    <message>
        <source>Facts disputing it</source>
        <translation>អង្គហេតុដែលជំទាស់</translation>
    </message>
    <message>
        <source>Exhibits (click to open)</source>
        <translation>វត្ថុតាង (ចុចដើម្បីបើក)</translation>
    </message>
    <message>
        <source>What could corroborate it</source>
        <translation>អ្វីដែលអាចបញ្ជាក់បន្ថែម</translation>
    </message>
    <message>
        <source>The law</source>
        <translation>ច្បាប់</translation>
    </message>
    <message>
        <source>Select a row of the matrix to see its facts and exhibits here.</source>
        <translation>ជ្រើសជួរមួយក្នុងតារាងភស្តុតាង ដើម្បីមើលអង្គហេតុ និងវត្ថុតាងរបស់វានៅទីនេះ។</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>ស្ថានភាព៖</translation>
    </message>
    <message>
        <source>No fact supports it yet.</source>
        <translation>មិនទាន់មានអង្គហេតុណាគាំទ្រនៅឡើយ។</translation>
    </message>
    <message>
        <source>Open this exhibit</source>
        <translation>បើកវត្ថុតាងនេះ</translation>
    </message>
    <message>
        <source>No citation is recorded for this element.</source>
        <translation>មិនមានការយោងច្បាប់សម្រាប់ធាតុផ្សំនេះទេ។</translation>
    </message>
    <message>
        <source>disputes</source>
        <translation>ជំទាស់</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>គាំទ្រ</translation>
    </message>
    <message>
        <source>Tag the fact with an element</source>
        <translation>ដាក់ស្លាកអង្គហេតុជាមួយធាតុផ្សំមួយ</translation>
    </message>
    <message>
        <source>(already tagged)</source>
        <translation>(បានដាក់ស្លាករួចហើយ)</translation>
    </message>
    <message>
        <source>Supports the element</source>
        <translation>គាំទ្រធាតុផ្សំនេះ</translation>
    </message>
    <message>
        <source>Disputes it (a fact against it)</source>
        <translation>ជំទាស់នឹងវា (អង្គហេតុប្រឆាំង)</translation>
    </message>
    <message>
        <source>Optional: why this fact bears on the element</source>
        <translation>ស្រេចចិត្ត៖ ហេតុអ្វីអង្គហេតុនេះពាក់ព័ន្ធនឹងធាតុផ្សំនេះ</translation>
    </message>
    <message>
        <source>Fact:</source>
        <translation>អង្គហេតុ៖</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>ធាតុផ្សំ៖</translation>
    </message>
    <message>
        <source>Stance:</source>
        <translation>ជំហរ៖</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>កំណត់ចំណាំ៖</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>ដាក់ស្លាក</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>អង្គហេតុ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>វត្ថុតាង</translation>
    </message>
    <message>
        <source>Add a fact…</source>
        <translation>បន្ថែមអង្គហេតុ…</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>ធាតុផ្សំ</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>ជំហរ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>បន្ថែមស្លាក…</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>ដកស្លាកចេញ</translation>
    </message>
    <message>
        <source>Link an exhibit…</source>
        <translation>ភ្ជាប់វត្ថុតាង…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>ផ្តាច់</translation>
    </message>
    <message>
        <source>Select a fact to see and change its tags and exhibits.</source>
        <translation>ជ្រើសអង្គហេតុមួយ ដើម្បីមើល និងកែស្លាក និងវត្ថុតាងរបស់វា។</translation>
    </message>
    <message>
        <source>Tag the selected fact with an element or indicator</source>
        <translation>ដាក់ស្លាកអង្គហេតុដែលបានជ្រើស ជាមួយធាតុផ្សំ ឬសូចនាករមួយ</translation>
    </message>
    <message>
        <source>Link an exhibit of the case to the selected fact</source>
        <translation>ភ្ជាប់វត្ថុតាងមួយនៃសំណុំរឿង ទៅនឹងអង្គហេតុដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>អង្គហេតុ</translation>
    </message>
    <message>
        <source>Exhibits that back this fact</source>
        <translation>វត្ថុតាងដែលគាំទ្រអង្គហេតុនេះ</translation>
    </message>
    <message>
        <source>Elements this fact is tagged with</source>
        <translation>ធាតុផ្សំដែលអង្គហេតុនេះមានស្លាក</translation>
    </message>
    <message>
        <source>(an exhibit no longer in the case)</source>
        <translation>(វត្ថុតាងដែលលែងមានក្នុងសំណុំរឿង)</translation>
    </message>
    <message>
        <source>Link an exhibit</source>
        <translation>ភ្ជាប់វត្ថុតាង</translation>
    </message>
    <message>
        <source>There is no exhibit left to link. Add the files in the Evidence tab first.</source>
        <translation>គ្មានវត្ថុតាងសល់សម្រាប់ភ្ជាប់ទេ។ សូមបន្ថែមឯកសារនៅផ្ទាំង «ភស្តុតាង» ជាមុនសិន។</translation>
    </message>
    <message>
        <source>Which exhibit backs this fact?</source>
        <translation>តើវត្ថុតាងណាគាំទ្រអង្គហេតុនេះ?</translation>
    </message>
    <message>
        <source>to be filled in</source>
        <translation>ត្រូវបំពេញ</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>ប្រភព៖ {source}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>ស្ថានភាព៖ {status}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Supporting facts</source>
        <translation>អង្គហេតុគាំទ្រ</translation>
    </message>
    <message>
        <source>What could corroborate</source>
        <translation>អ្វីដែលអាចបញ្ជាក់បន្ថែម</translation>
    </message>
    <message>
        <source>Disputed by:</source>
        <translation>ជំទាស់ដោយ៖</translation>
    </message>
    <message>
        <source>{count} facts: {first}</source>
        <translation>អង្គហេតុ {count}៖ {first}</translation>
    </message>
    <message>
        <source>{count} disputing</source>
        <translation>ជំទាស់ {count}</translation>
    </message>
    <message>
        <source>In your own words: how this charge follows from what was done to the client.</source>
        <translation>ជាពាក្យរបស់អ្នកផ្ទាល់៖ តើបទចោទនេះកើតចេញពីអ្វីដែលគេបានធ្វើចំពោះកូនក្តីយ៉ាងដូចម្តេច។</translation>
    </message>
    <message>
        <source>Save the argument</source>
        <translation>រក្សាទុកអំណះអំណាង</translation>
    </message>
    <message>
        <source>No charges are recorded for this case. Add them in the Proceedings tab; then argue non-punishment here, charge by charge.</source>
        <translation>មិនមានបទចោទណាត្រូវបានកត់ត្រាសម្រាប់សំណុំរឿងនេះទេ។ សូមបន្ថែមវានៅផ្ទាំង «នីតិវិធី» បន្ទាប់មកលើកអំណះអំណាងមិនដាក់ទោសនៅទីនេះ តាមបទចោទនីមួយៗ។</translation>
    </message>
    <message>
        <source>Ticks and the model are saved as you choose them; the argument when you save it.</source>
        <translation>សញ្ញាធីក និងគំរូអំណះអំណាង ត្រូវបានរក្សាទុកភ្លាមពេលអ្នកជ្រើស ចំណែកអំណះអំណាងត្រូវរក្សាទុកពេលអ្នកចុចរក្សាទុក។</translation>
    </message>
    <message>
        <source>1. Legal basis: tick the provisions you argue from</source>
        <translation>1. មូលដ្ឋានច្បាប់៖ ធីកបទប្បញ្ញត្តិដែលអ្នកយកមកលើកអំណះអំណាង</translation>
    </message>
    <message>
        <source>2. Facts that tie this charge to the trafficking</source>
        <translation>2. អង្គហេតុដែលភ្ជាប់បទចោទនេះទៅនឹងការជួញដូរមនុស្ស</translation>
    </message>
    <message>
        <source>3. Model argued:</source>
        <translation>3. គំរូអំណះអំណាង៖</translation>
    </message>
    <message>
        <source>4. The argument, in your words</source>
        <translation>4. អំណះអំណាង ជាពាក្យរបស់អ្នក</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>បទចោទ</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>អ្វីដែលនៅខ្វះ</translation>
    </message>
    <message>
        <source>This list checks the file, not the merits: the lawyer judges whether the argument holds.</source>
        <translation>បញ្ជីនេះពិនិត្យតែសំណុំរឿង មិនមែនខ្លឹមសារទេ៖ មេធាវីជាអ្នកវិនិច្ឆ័យថាអំណះអំណាងនោះមានមូលដ្ឋានឬអត់។</translation>
    </message>
    <message>
        <source>{count} point(s) still missing</source>
        <translation>នៅខ្វះ {count} ចំណុច</translation>
    </message>
    <message>
        <source>nothing flagged as missing</source>
        <translation>គ្មានអ្វីត្រូវបានសម្គាល់ថាខ្វះទេ</translation>
    </message>
    <message>
        <source>case no. {number}</source>
        <translation>សំណុំរឿងលេខ {number}</translation>
    </message>
    <message>
        <source>An administrative penalty: the drafts argue it in the penalty-waiver request to the immigration or labour authority, not to the prosecutor.</source>
        <translation>ទណ្ឌកម្មរដ្ឋបាល៖ សេចក្តីព្រាងលើកវាឡើងក្នុងសំណើសុំលើកលែងទណ្ឌកម្ម ជូនអាជ្ញាធរអន្តោប្រវេសន៍ ឬអាជ្ញាធរការងារ មិនមែនជូនព្រះរាជអាជ្ញាទេ។</translation>
    </message>
    <message>
        <source>International</source>
        <translation>អន្តរជាតិ</translation>
    </message>
    <message>
        <source>National law: {country}</source>
        <translation>ច្បាប់ជាតិ៖ {country}</translation>
    </message>
    <message>
        <source>no jurisdiction set</source>
        <translation>មិនទាន់កំណត់យុត្តាធិការ</translation>
    </message>
    <message>
        <source>National law: {country} (no profile in the library)</source>
        <translation>ច្បាប់ជាតិ៖ {country} (គ្មានព័ត៌មានក្នុងបណ្ណាល័យ)</translation>
    </message>
    <message>
        <source>Chosen earlier</source>
        <translation>បានជ្រើសពីមុន</translation>
    </message>
    <message>
        <source>No national provision is recorded; argue from the international ones.</source>
        <translation>មិនមានបទប្បញ្ញត្តិជាតិណាត្រូវបានកត់ត្រាទេ សូមលើកអំណះអំណាងពីបទប្បញ្ញត្តិអន្តរជាតិ។</translation>
    </message>
    <message>
        <source>No facts yet: record them in the Matrix and facts tab or the Facts tab.</source>
        <translation>មិនទាន់មានអង្គហេតុ៖ សូមកត់ត្រាវានៅផ្ទាំង «តារាងភស្តុតាង និងអង្គហេតុ» ឬផ្ទាំង «អង្គហេតុ»។</translation>
    </message>
    <message>
        <source>Select a provision to read its text here.</source>
        <translation>ជ្រើសបទប្បញ្ញត្តិមួយ ដើម្បីអានអត្ថបទរបស់វានៅទីនេះ។</translation>
    </message>
    <message>
        <source>The provision is not known yet: {what}</source>
        <translation>មិនទាន់ដឹងបទប្បញ្ញត្តិនៅឡើយ៖ {what}</translation>
    </message>
    <message>
        <source>Nothing is flagged as missing for this charge.</source>
        <translation>គ្មានអ្វីត្រូវបានសម្គាល់ថាខ្វះសម្រាប់បទចោទនេះទេ។</translation>
    </message>
    <message>
        <source>Party status: {sentence}</source>
        <translation>ស្ថានភាពរដ្ឋភាគី៖ {sentence}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>បង់ដោយ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ភស្តុតាង</translation>
    </message>
    <message>
        <source>No amounts are recorded yet. Add them in the Money tab.</source>
        <translation>មិនទាន់មានចំនួនទឹកប្រាក់ត្រូវបានកត់ត្រាទេ។ សូមបន្ថែមវានៅផ្ទាំង «ប្រាក់»។</translation>
    </message>
    <message>
        <source>Totals by kind and currency</source>
        <translation>សរុបតាមប្រភេទ និងរូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Each amount and the exhibits behind it</source>
        <translation>ចំនួនទឹកប្រាក់នីមួយៗ និងវត្ថុតាងដែលគាំទ្រវា</translation>
    </message>
    <message>
        <source>Legal basis for a remedy</source>
        <translation>មូលដ្ឋានច្បាប់សម្រាប់ដំណោះស្រាយ</translation>
    </message>
    <message>
        <source>All kinds together: {totals}</source>
        <translation>គ្រប់ប្រភេទរួមគ្នា៖ {totals}</translation>
    </message>
    <message>
        <source>no evidence yet</source>
        <translation>មិនទាន់មានភស្តុតាង</translation>
    </message>
    <message>
        <source>No exhibit backs these amounts yet: {amounts}. Receipts, transfer records or messages would.</source>
        <translation>មិនទាន់មានវត្ថុតាងណាគាំទ្រចំនួនទឹកប្រាក់ទាំងនេះទេ៖ {amounts}។ បង្កាន់ដៃ កំណត់ត្រាផ្ទេរប្រាក់ ឬសារ អាចគាំទ្របាន។</translation>
    </message>
    <message>
        <source>No provision is recorded for this jurisdiction.</source>
        <translation>មិនមានបទប្បញ្ញត្តិណាត្រូវបានកត់ត្រាសម្រាប់យុត្តាធិការនេះទេ។</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation>ទទួលយកការណែនាំ</translation>
    </message>
    <message>
        <source>Record the fact</source>
        <translation>កត់ត្រាអង្គហេតុ</translation>
    </message>
    <message>
        <source>Element: {element}</source>
        <translation>ធាតុផ្សំ៖ {element}</translation>
    </message>
    <message>
        <source>From the intake answer: {answer}</source>
        <translation>ពីចម្លើយក្នុងការសម្ភាសន៍៖ {answer}</translation>
    </message>
    <message>
        <source>The fact is recorded as the client&apos;s account and tagged with this element. It starts as the client&apos;s recorded answer: confirm it, or write what the client said in plain words. You can edit it later in the Facts tab.</source>
        <translation>អង្គហេតុត្រូវបានកត់ត្រាជាការរៀបរាប់របស់កូនក្តី ហើយដាក់ស្លាកជាមួយធាតុផ្សំនេះ។ វាចាប់ផ្តើមពីចម្លើយដែលបានកត់ត្រារបស់កូនក្តី៖ សូមបញ្ជាក់វា ឬសរសេរអ្វីដែលកូនក្តីបាននិយាយជាពាក្យសាមញ្ញ។ អ្នកអាចកែវានៅពេលក្រោយនៅផ្ទាំង «អង្គហេតុ»។</translation>
    </message>
    <message>
        <source>Why Saksi suggests it (kept as an analyst note on the tag, not as a fact): {why}</source>
        <translation>ហេតុអ្វី Saksi ណែនាំវា (រក្សាទុកជាកំណត់ចំណាំរបស់អ្នកវិភាគលើស្លាក មិនមែនជាអង្គហេតុទេ)៖ {why}</translation>
    </message>
    <message>
        <source>Write the fact first.</source>
        <translation>សូមសរសេរអង្គហេតុជាមុនសិន។</translation>
    </message>
    <message>
        <source>Accept {count} suggestions</source>
        <translation>ទទួលយកការណែនាំ {count}</translation>
    </message>
    <message>
        <source>Fact to record (the client&apos;s answer)</source>
        <translation>អង្គហេតុដែលត្រូវកត់ត្រា (ចម្លើយរបស់កូនក្តី)</translation>
    </message>
    <message>
        <source>Record {count} facts</source>
        <translation>កត់ត្រាអង្គហេតុ {count}</translation>
    </message>
    <message>
        <source>Each suggestion is recorded as a fact in the client&apos;s recorded answer and tagged with its element. The rule&apos;s explanation is kept as an analyst note on the tag, never as a fact. You can edit the facts later in the Facts tab.</source>
        <translation>ការណែនាំនីមួយៗត្រូវបានកត់ត្រាជាអង្គហេតុ តាមចម្លើយដែលបានកត់ត្រារបស់កូនក្តី ហើយដាក់ស្លាកជាមួយធាតុផ្សំរបស់វា។ ការពន្យល់របស់ច្បាប់ណែនាំត្រូវបានរក្សាទុកជាកំណត់ចំណាំរបស់អ្នកវិភាគលើស្លាក មិនដែលជាអង្គហេតុទេ។ អ្នកអាចកែអង្គហេតុនៅពេលក្រោយនៅផ្ទាំង «អង្គហេតុ»។</translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation>បដិសេធការណែនាំ</translation>
    </message>
    <message>
        <source>Dismiss {count} suggestions</source>
        <translation>បដិសេធការណែនាំ {count}</translation>
    </message>
    <message>
        <source>Optional: why it does not apply</source>
        <translation>ស្រេចចិត្ត៖ ហេតុអ្វីវាមិនពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>បដិសេធ</translation>
    </message>
    <message>
        <source>Elements:</source>
        <translation>ធាតុផ្សំ៖</translation>
    </message>
    <message>
        <source>It will not be suggested again for this case. The note is kept with the case.</source>
        <translation>វានឹងមិនត្រូវបានណែនាំម្តងទៀតសម្រាប់សំណុំរឿងនេះទេ។ កំណត់ចំណាំត្រូវបានរក្សាទុកជាមួយសំណុំរឿង។</translation>
    </message>
    <message>
        <source>They will not be suggested again for this case. The note is kept with each of them.</source>
        <translation>វានឹងមិនត្រូវបានណែនាំម្តងទៀតសម្រាប់សំណុំរឿងនេះទេ។ កំណត់ចំណាំត្រូវបានរក្សាទុកជាមួយការណែនាំនីមួយៗ។</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ហេតុអ្វី</translation>
    </message>
    <message>
        <source>From the intake answer</source>
        <translation>ពីចម្លើយក្នុងការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>ទទួលយក…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>បដិសេធ…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>ជ្រើសទាំងអស់</translation>
    </message>
    <message>
        <source>Select every suggestion, to accept or dismiss them together</source>
        <translation>ជ្រើសការណែនាំទាំងអស់ ដើម្បីទទួលយក ឬបដិសេធវាក្នុងពេលតែមួយ</translation>
    </message>
    <message>
        <source>No suggestions: every element suggested by the intake answers is tagged on a fact or dismissed.</source>
        <translation>គ្មានការណែនាំទេ៖ ធាតុផ្សំទាំងអស់ដែលចម្លើយសម្ភាសន៍បានចង្អុលបង្ហាញ ត្រូវបានដាក់ស្លាកលើអង្គហេតុ ឬត្រូវបានបដិសេធរួចហើយ។</translation>
    </message>
    <message>
        <source>Elements the intake answers point to. Nothing is tagged until you accept: accepting records the client&apos;s answer as the fact and tags it; dismissing hides the suggestion for this case. Select several (Ctrl or Shift and click) to accept or dismiss them together.</source>
        <translation>ធាតុផ្សំដែលចម្លើយក្នុងការសម្ភាសន៍ចង្អុលបង្ហាញ។ គ្មានអ្វីត្រូវបានដាក់ស្លាកទេ រហូតដល់អ្នកទទួលយក៖ ការទទួលយកកត់ត្រាចម្លើយរបស់កូនក្តីជាអង្គហេតុ ហើយដាក់ស្លាក ការបដិសេធលាក់ការណែនាំសម្រាប់សំណុំរឿងនេះ។ ជ្រើសច្រើន (Ctrl ឬ Shift ហើយចុច) ដើម្បីទទួលយក ឬបដិសេធវាក្នុងពេលតែមួយ។</translation>
    </message>
    <message>
        <source>Accept {count}…</source>
        <translation>ទទួលយក {count}…</translation>
    </message>
    <message>
        <source>Dismiss {count}…</source>
        <translation>បដិសេធ {count}…</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>បានជ្រើស {count}</translation>
    </message>
    <message>
        <source>What the tagged facts add up to under each framework. These summaries inform your judgement; none of them decides whether the client is a victim.</source>
        <translation>អ្វីដែលអង្គហេតុមានស្លាកបង្ហាញ តាមក្របខ័ណ្ឌនីមួយៗ។ សេចក្តីសង្ខេបទាំងនេះជួយការវិនិច្ឆ័យរបស់អ្នក គ្មានសេចក្តីសង្ខេបណាសម្រេចថាកូនក្តីជាជនរងគ្រោះឬអត់ទេ។</translation>
    </message>
    <message>
        <source>The legal frameworks could not be loaded.</source>
        <translation>មិនអាចផ្ទុកក្របខ័ណ្ឌច្បាប់បានទេ។</translation>
    </message>
    <message>
        <source>Frameworks:</source>
        <translation>ក្របខ័ណ្ឌ៖</translation>
    </message>
    <message>
        <source>Alleged: only facts (the account, a witness) support it. Corroborated: at least one supporting fact has an exhibit. Disputed: a fact is tagged against it.</source>
        <translation>បានអះអាង៖ មានតែអង្គហេតុ (ការរៀបរាប់ សាក្សី) គាំទ្រ។ មានភស្តុតាងគាំទ្រ៖ យ៉ាងហោចណាស់អង្គហេតុគាំទ្រមួយមានវត្ថុតាង។ មានការជំទាស់៖ មានអង្គហេតុមួយដាក់ស្លាកប្រឆាំងនឹងវា។</translation>
    </message>
    <message>
        <source>Proof matrix and facts</source>
        <translation>តារាងភស្តុតាង និងអង្គហេតុ</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>សេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>ការណែនាំ</translation>
    </message>
    <message>
        <source>Non-punishment, charge by charge</source>
        <translation>ការមិនដាក់ទោស តាមបទចោទនីមួយៗ</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>ដំណោះស្រាយ</translation>
    </message>
    <message>
        <source>Suggestions ({count})</source>
        <translation>ការណែនាំ ({count})</translation>
    </message>
    <message>
        <source>Keep at least one framework.</source>
        <translation>សូមរក្សាទុកក្របខ័ណ្ឌយ៉ាងហោចណាស់មួយ។</translation>
    </message>
    <message>
        <source>Confirm for this draft…</source>
        <translation>បញ្ជាក់សម្រាប់សេចក្តីព្រាងនេះ…</translation>
    </message>
    <message>
        <source>Confirm for this draft (lawyers only)</source>
        <translation>បញ្ជាក់សម្រាប់សេចក្តីព្រាងនេះ (សម្រាប់តែមេធាវី)</translation>
    </message>
    <message>
        <source>Confirm a citation only after checking it against the official text. The confirmation applies to this draft only and is recorded in the audit log under your name.</source>
        <translation>បញ្ជាក់ការយោងច្បាប់ លុះត្រាតែបានពិនិត្យវាជាមួយអត្ថបទផ្លូវការរួច។ ការបញ្ជាក់នេះអនុវត្តចំពោះតែសេចក្តីព្រាងនេះ ហើយត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្មក្រោមឈ្មោះរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Only a lawyer or an admin can confirm a citation for filing. Ask them to check these.</source>
        <translation>មានតែមេធាវី ឬអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចបញ្ជាក់ការយោងច្បាប់សម្រាប់ដាក់ជូនបាន។ សូមស្នើឱ្យពួកគេពិនិត្យការយោងទាំងនេះ។</translation>
    </message>
    <message>
        <source>Citations still to check</source>
        <translation>ការយោងច្បាប់ដែលនៅត្រូវពិនិត្យ</translation>
    </message>
    <message>
        <source>Every citation in this draft is verified or confirmed for it.</source>
        <translation>ការយោងច្បាប់នីមួយៗក្នុងសេចក្តីព្រាងនេះ ត្រូវបានផ្ទៀងផ្ទាត់ ឬបញ្ជាក់រួចហើយ។</translation>
    </message>
    <message>
        <source>Citations still to check ({count})</source>
        <translation>ការយោងច្បាប់ដែលនៅត្រូវពិនិត្យ ({count})</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>ការយោងច្បាប់</translation>
    </message>
    <message>
        <source>Unknown citation: it is not in the legal library.</source>
        <translation>ការយោងច្បាប់មិនស្គាល់៖ វាមិនមានក្នុងបណ្ណាល័យច្បាប់ទេ។</translation>
    </message>
    <message>
        <source>Not known yet; fill it in and verify it before filing: {what}</source>
        <translation>មិនទាន់ដឹងនៅឡើយ សូមបំពេញ និងផ្ទៀងផ្ទាត់មុនដាក់ជូន៖ {what}</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>សេចក្តីព្រាងថ្មី</translation>
    </message>
    <message>
        <source>Who the filing is addressed to</source>
        <translation>អ្នកដែលឯកសារនេះត្រូវផ្ញើជូន</translation>
    </message>
    <message>
        <source>Create the draft</source>
        <translation>បង្កើតសេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>ជូន៖</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>គំរូ</translation>
    </message>
    <message>
        <source>No filing templates are installed. Templates are files in legal_templates/filings (ID.toml and ID.en.j2), or in the filings folder of your own legal templates folder (SAKSI_LEGAL_DIR).</source>
        <translation>មិនមានគំរូឯកសារដាក់ជូនណាមួយត្រូវបានដំឡើងទេ។ គំរូគឺជាឯកសារក្នុង legal_templates/filings (ID.toml និង ID.en.j2) ឬក្នុងថត filings នៃថតគំរូច្បាប់ផ្ទាល់ខ្លួនរបស់អ្នក (SAKSI_LEGAL_DIR)។</translation>
    </message>
    <message>
        <source>The draft is filled in from the case. What the case does not have yet is marked as missing; fill it in the case or in the text before filing.</source>
        <translation>សេចក្តីព្រាងត្រូវបានបំពេញពីសំណុំរឿង។ អ្វីដែលសំណុំរឿងមិនទាន់មាន ត្រូវបានសម្គាល់ថាខ្វះ សូមបំពេញវាក្នុងសំណុំរឿង ឬក្នុងអត្ថបទ មុនពេលដាក់ជូន។</translation>
    </message>
    <message>
        <source>This Khmer template was not written by a native legal drafter; have it checked before filing</source>
        <translation>គំរូភាសាខ្មែរនេះ មិនត្រូវបានសរសេរដោយអ្នកតាក់តែងច្បាប់ដែលជាជនជាតិខ្មែរទេ សូមឱ្យគេពិនិត្យមុនពេលដាក់ជូន</translation>
    </message>
    <message>
        <source>This {language} template was not written by a native legal drafter; have it checked before filing</source>
        <translation>គំរូភាសា{language}នេះ មិនត្រូវបានសរសេរដោយអ្នកតាក់តែងច្បាប់ដែលជាម្ចាស់ភាសាទេ សូមឱ្យគេពិនិត្យមុនពេលដាក់ជូន</translation>
    </message>
    <message>
        <source>The legal library could not be loaded, so drafts cannot be made.</source>
        <translation>មិនអាចផ្ទុកបណ្ណាល័យច្បាប់បានទេ ដូច្នេះមិនអាចធ្វើសេចក្តីព្រាងបានទេ។</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation>សេចក្តីព្រាងថ្មី…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>បានរក្សាទុក</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>បើកសម្រាប់តែអាន</translation>
    </message>
    <message>
        <source>Restore as new version</source>
        <translation>ស្តារជាកំណែថ្មី</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>សេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>Versions of this draft</source>
        <translation>កំណែនៃសេចក្តីព្រាងនេះ</translation>
    </message>
    <message>
        <source>Back to the latest version</source>
        <translation>ត្រឡប់ទៅកំណែចុងក្រោយ</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>បញ្ចូល</translation>
    </message>
    <message>
        <source>A fact from the case…</source>
        <translation>អង្គហេតុមួយពីសំណុំរឿង…</translation>
    </message>
    <message>
        <source>An exhibit reference…</source>
        <translation>លេខយោងវត្ថុតាង…</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>រក្សាទុកកំណែ…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>នាំចេញ PDF…</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>នាំចេញ DOCX…</translation>
    </message>
    <message>
        <source>Your role does not allow exporting. Ask a lawyer or an admin.</source>
        <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យនាំចេញទេ។ សូមស្នើមេធាវី ឬអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>Text: # heading, 1. numbered paragraph, - bullet, &gt; quote; [[cite:…]] marks a citation and [[missing:…]] something the case does not have yet</source>
        <translation>អត្ថបទ៖ # ចំណងជើង, 1. កថាខណ្ឌមានលេខ, - ចំណុច, &gt; សម្រង់; [[cite:…]] សម្គាល់ការយោងច្បាប់ ហើយ [[missing:…]] សម្គាល់អ្វីដែលសំណុំរឿងមិនទាន់មាន</translation>
    </message>
    <message>
        <source>Preview: as the filing will read</source>
        <translation>មើលជាមុន៖ ដូចដែលឯកសារនឹងត្រូវអាន</translation>
    </message>
    <message>
        <source>No drafts yet. Choose New draft… to prepare a filing from a template: it is filled in from the case, and you edit it here.</source>
        <translation>មិនទាន់មានសេចក្តីព្រាងទេ។ ជ្រើស «សេចក្តីព្រាងថ្មី…» ដើម្បីរៀបចំឯកសារដាក់ជូនពីគំរូ៖ វាត្រូវបានបំពេញពីសំណុំរឿង ហើយអ្នកកែវានៅទីនេះ។</translation>
    </message>
    <message>
        <source>{language} · version {version} · {when} · {who}</source>
        <translation>{language} · កំណែ {version} · {when} · {who}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ការផ្លាស់ប្តូរមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <source>This draft has changes that are not saved as a version yet.</source>
        <translation>សេចក្តីព្រាងនេះមានការផ្លាស់ប្តូរ ដែលមិនទាន់រក្សាទុកជាកំណែនៅឡើយ។</translation>
    </message>
    <message>
        <source>Save a version</source>
        <translation>រក្សាទុកកំណែ</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>បោះបង់ការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>saved before leaving the draft</source>
        <translation>បានរក្សាទុកមុនចាកចេញពីសេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>Version {version} of {latest}, saved {when} by {who}: read-only. Restore it to continue from it.</source>
        <translation>កំណែ {version} នៃ {latest} រក្សាទុក {when} ដោយ {who}៖ សម្រាប់តែអាន។ សូមស្តារវា ដើម្បីបន្តពីវា។</translation>
    </message>
    <message>
        <source>{title} · {language} · version {version}, saved {when} by {who}</source>
        <translation>{title} · {language} · កំណែ {version} រក្សាទុក {when} ដោយ {who}</translation>
    </message>
    <message>
        <source>to {recipient}</source>
        <translation>ជូន {recipient}</translation>
    </message>
    <message>
        <source>changes not saved yet</source>
        <translation>ការផ្លាស់ប្តូរមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <source>Missing from the case: {gaps}</source>
        <translation>ខ្វះពីសំណុំរឿង៖ {gaps}</translation>
    </message>
    <message>
        <source>Insert a fact</source>
        <translation>បញ្ចូលអង្គហេតុ</translation>
    </message>
    <message>
        <source>This case has no facts yet. Add them in the Facts tab.</source>
        <translation>សំណុំរឿងនេះមិនទាន់មានអង្គហេតុទេ។ សូមបន្ថែមវានៅផ្ទាំង «អង្គហេតុ»។</translation>
    </message>
    <message>
        <source>Which fact? Its statement goes in at the cursor.</source>
        <translation>អង្គហេតុមួយណា? សេចក្តីថ្លែងរបស់វានឹងត្រូវបញ្ចូលត្រង់ទស្សន៍ទ្រនិច។</translation>
    </message>
    <message>
        <source>Insert an exhibit</source>
        <translation>បញ្ចូលវត្ថុតាង</translation>
    </message>
    <message>
        <source>This case has no exhibits yet. Add them in the Evidence tab.</source>
        <translation>សំណុំរឿងនេះមិនទាន់មានវត្ថុតាងទេ។ សូមបន្ថែមវានៅផ្ទាំង «ភស្តុតាង»។</translation>
    </message>
    <message>
        <source>Which exhibit? Its reference and SHA-256 go in at the cursor.</source>
        <translation>វត្ថុតាងមួយណា? លេខយោង និង SHA-256 របស់វានឹងត្រូវបញ្ចូលត្រង់ទស្សន៍ទ្រនិច។</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>រក្សាទុកកំណែ</translation>
    </message>
    <message>
        <source>A note for this version (optional), e.g. what changed:</source>
        <translation>កំណត់ចំណាំសម្រាប់កំណែនេះ (ស្រេចចិត្ត) ឧ. អ្វីដែលបានផ្លាស់ប្តូរ៖</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>restored from version {version}</source>
        <translation>បានស្តារពីកំណែ {version}</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>មិនបានស្តារ</translation>
    </message>
    <message>
        <source>saved automatically when the case was closed</source>
        <translation>បានរក្សាទុកដោយស្វ័យប្រវត្តិ ពេលបិទសំណុំរឿង</translation>
    </message>
    <message>
        <source>Confirm {citation} for this draft?

Do this only after checking it against the official text. The marker “[unverified - check before filing]” then leaves this draft (not others), and the confirmation is recorded in the audit log under your name.</source>
        <translation>បញ្ជាក់ {citation} សម្រាប់សេចក្តីព្រាងនេះឬ?

ធ្វើដូច្នេះលុះត្រាតែបានពិនិត្យវាជាមួយអត្ថបទផ្លូវការរួច។ បន្ទាប់មក សញ្ញាសម្គាល់ “[unverified - check before filing]” នឹងបាត់ពីសេចក្តីព្រាងនេះ (មិនមែនពីសេចក្តីព្រាងផ្សេងទេ) ហើយការបញ្ជាក់ត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្មក្រោមឈ្មោះរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Confirm citation</source>
        <translation>បញ្ជាក់ការយោងច្បាប់</translation>
    </message>
    <message>
        <source>Confirm for this draft</source>
        <translation>បញ្ជាក់សម្រាប់សេចក្តីព្រាងនេះ</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>មិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <source>Preparing the draft from the case…</source>
        <translation>កំពុងរៀបចំសេចក្តីព្រាងពីសំណុំរឿង…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <source>Your role does not allow exporting drafts. Ask a lawyer or an admin.</source>
        <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យនាំចេញសេចក្តីព្រាងទេ។ សូមស្នើមេធាវី ឬអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>The editor has changes that are not saved. The export is made from a saved version.</source>
        <translation>កម្មវិធីកែអត្ថបទមានការផ្លាស់ប្តូរដែលមិនទាន់រក្សាទុក។ ការនាំចេញធ្វើពីកំណែដែលបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Save a version and export</source>
        <translation>រក្សាទុកកំណែ ហើយនាំចេញ</translation>
    </message>
    <message>
        <source>saved before export</source>
        <translation>បានរក្សាទុកមុនការនាំចេញ</translation>
    </message>
    <message>
        <source>This draft is not ready to file yet:</source>
        <translation>សេចក្តីព្រាងនេះមិនទាន់រួចរាល់សម្រាប់ដាក់ជូនទេ៖</translation>
    </message>
    <message>
        <source>{count} citation(s) still marked unverified.</source>
        <translation>ការយោងច្បាប់ {count} នៅតែសម្គាល់ថាមិនទាន់ផ្ទៀងផ្ទាត់។</translation>
    </message>
    <message>
        <source>You can export it to keep working on it; the markers stay visible in the file.</source>
        <translation>អ្នកអាចនាំចេញវាដើម្បីបន្តធ្វើការលើវា សញ្ញាសម្គាល់នៅតែមើលឃើញក្នុងឯកសារ។</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>នាំចេញទោះយ៉ាងណាក៏ដោយ</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>នាំចេញ {format}</translation>
    </message>
    <message>
        <source>Writing the {format}…</source>
        <translation>កំពុងសរសេរ {format}…</translation>
    </message>
    <message>
        <source>Exported to {path}. The export is recorded in the audit log.</source>
        <translation>បាននាំចេញទៅ {path}។ ការនាំចេញត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <source>Widen the period or remove a filter, then press Refresh. No figures are shown or exported.</source>
        <translation>ពង្រីករយៈពេល ឬដកតម្រងមួយចេញ រួចចុច «ធ្វើឱ្យថ្មី»។ គ្មានតួលេខណាត្រូវបានបង្ហាញ ឬនាំចេញទេ។</translation>
    </message>
    <message>
        <source>No case file matches these filters, so there is no report.</source>
        <translation>គ្មានសំណុំរឿងណាត្រូវនឹងតម្រងទាំងនេះទេ ដូច្នេះគ្មានរបាយការណ៍ទេ។</translation>
    </message>
    <message>
        <source>Report withheld: fewer than {k} case files match these filters. Figures about so few people could identify them.</source>
        <translation>របាយការណ៍ត្រូវបានរក្សាទុកមិនបង្ហាញ៖ សំណុំរឿងតិចជាង {k} ត្រូវនឹងតម្រងទាំងនេះ។ តួលេខអំពីមនុស្សតិចបែបនេះ អាចធ្វើឱ្យគេស្គាល់អត្តសញ្ញាណពួកគេ។</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>លទ្ធផលសំខាន់ៗ</translation>
    </message>
    <message>
        <source>No case records an answer.</source>
        <translation>គ្មានសំណុំរឿងណាកត់ត្រាចម្លើយទេ។</translation>
    </message>
    <message>
        <source>Bar chart: {title}</source>
        <translation>គំនូសតាងរបារ៖ {title}</translation>
    </message>
    <message>
        <source>The same counts as the table beside it, as shares of the total.</source>
        <translation>ចំនួនដូចគ្នានឹងតារាងក្បែរវា ជាចំណែកនៃចំនួនសរុប។</translation>
    </message>
    <message>
        <source>n = {base} charges.</source>
        <translation>n = បទចោទ {base}។</translation>
    </message>
    <message>
        <source>n = {base} cases.</source>
        <translation>n = សំណុំរឿង {base}។</translation>
    </message>
    <message>
        <source>n = {base} cases. Hidden quarters are drawn as a pale stub marked &quot;{hidden}&quot;.</source>
        <translation>n = {base} សំណុំរឿង។ ត្រីមាសដែលលាក់ ត្រូវបានគូរជាគល់ស្លេកដែលមានសញ្ញា &quot;{hidden}&quot;។</translation>
    </message>
    <message>
        <source>Cases over time</source>
        <translation>សំណុំរឿងតាមពេលវេលា</translation>
    </message>
    <message>
        <source>Column chart: cases opened per quarter</source>
        <translation>គំនូសតាងជួរឈរ៖ សំណុំរឿងដែលបានបើកក្នុងមួយត្រីមាស</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>សំណុំរឿង</translation>
    </message>
    <message>
        <source>opened {start} to {end}</source>
        <translation>បានបើកពី {start} ដល់ {end}</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>គ្រប់កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>jurisdiction {country}</source>
        <translation>យុត្តាធិការ {country}</translation>
    </message>
    <message>
        <source>nationality {country}</source>
        <translation>សញ្ជាតិ {country}</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>ស្ថានភាព {status}</translation>
    </message>
    <message>
        <source>no filters</source>
        <translation>គ្មានតម្រង</translation>
    </message>
    <message>
        <source>{category} ({percent})</source>
        <translation>{category} ({percent})</translation>
    </message>
    <message>
        <source>{title}: {items}</source>
        <translation>{title}៖ {items}</translation>
    </message>
    <message>
        <source>{cases} case files · {filters} · minimum cell size k = {k} · made at {time}</source>
        <translation>សំណុំរឿង {cases} · {filters} · ទំហំក្រឡាអប្បបរមា k = {k} · ធ្វើនៅម៉ោង {time}</translation>
    </message>
    <message>
        <source>{cases} case files · {filters} · k = {k}</source>
        <translation>សំណុំរឿង {cases} · {filters} · k = {k}</translation>
    </message>
    <message>
        <source>Privacy: no count from 1 to {last} is shown. Every hidden count is shown as &quot;{hidden}&quot; and drawn as a pale stub, whatever its size: some are hidden only so that a small one cannot be worked out from the others (by subtraction from a total, or from the base of a table about some of the cases). The report holds no names, case references, identifiers, free text or exact dates: only categories, countries and quarters.</source>
        <translation>ឯកជនភាព៖ មិនបង្ហាញចំនួនណាពី 1 ដល់ {last} ទេ។ ចំនួនដែលលាក់ទាំងអស់ត្រូវបានបង្ហាញជា &quot;{hidden}&quot; ហើយគូរជាគល់ស្លេក ទោះធំឬតូចក៏ដោយ៖ ចំនួនខ្លះត្រូវបានលាក់ គ្រាន់តែដើម្បីកុំឱ្យគេគណនាចំនួនតូចមួយចេញពីចំនួនផ្សេងទៀតបាន (ដោយដកពីចំនួនសរុប ឬពីមូលដ្ឋាននៃតារាងអំពីសំណុំរឿងមួយចំនួន)។ របាយការណ៍នេះមិនមានឈ្មោះ លេខយោងសំណុំរឿង អត្តសញ្ញាណ អត្ថបទសេរី ឬកាលបរិច្ឆេទពិតប្រាកដទេ៖ មានតែប្រភេទ ប្រទេស និងត្រីមាសប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Not shown: a count from 1 to {last}, or hidden so that such a count cannot be worked out.</source>
        <translation>មិនបង្ហាញ៖ ចំនួនពី 1 ដល់ {last} ឬលាក់ដើម្បីកុំឱ្យគេគណនាចំនួនបែបនេះបាន។</translation>
    </message>
    <message>
        <source>Not a legal determination: these figures describe what the case files record. They do not decide whether anyone is a victim of trafficking or forced labour.</source>
        <translation>មិនមែនជាការវិនិច្ឆ័យផ្លូវច្បាប់ទេ៖ តួលេខទាំងនេះពិពណ៌នាអំពីអ្វីដែលសំណុំរឿងបានកត់ត្រា។ វាមិនសម្រេចថានរណាម្នាក់ជាជនរងគ្រោះនៃការជួញដូរមនុស្ស ឬពលកម្មដោយបង្ខំឬអត់ទេ។</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Record a partner office</source>
        <translation>កត់ត្រាការិយាល័យដៃគូ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <source>Their public key:</source>
        <translation>សោសាធារណៈរបស់ពួកគេ៖</translation>
    </message>
    <message>
        <source>Fingerprint they read to you:</source>
        <translation>ស្នាមម្រាមដៃដែលពួកគេអានឱ្យអ្នកស្តាប់៖</translation>
    </message>
    <message>
        <source>Record partner</source>
        <translation>កត់ត្រាដៃគូ</translation>
    </message>
    <message>
        <source>Call the partner or meet them. Ask them to read the fingerprint their Saksi shows, and type it here. A key whose fingerprint does not match is not recorded: it may not be theirs.</source>
        <translation>សូមទូរស័ព្ទទៅដៃគូ ឬជួបពួកគេផ្ទាល់។ សូមឱ្យពួកគេអានស្នាមម្រាមដៃដែល Saksi របស់ពួកគេបង្ហាញ ហើយវាយវានៅទីនេះ។ សោដែលស្នាមម្រាមដៃមិនត្រូវគ្នា នឹងមិនត្រូវបានកត់ត្រាទេ៖ វាប្រហែលជាមិនមែនជារបស់ពួកគេ។</translation>
    </message>
    <message>
        <source>This key&apos;s fingerprint: {fingerprint}</source>
        <translation>ស្នាមម្រាមដៃរបស់សោនេះ៖ {fingerprint}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first admin</source>
        <translation>អ្នកគ្រប់គ្រងដំបូង</translation>
    </message>
    <message>
        <source>You will manage the users of this vault. Each person gets their own name and passphrase.</source>
        <translation>អ្នកនឹងគ្រប់គ្រងអ្នកប្រើនៃឃ្លាំងសម្ងាត់នេះ។ មនុស្សម្នាក់ៗមានឈ្មោះ និងឃ្លាសម្ងាត់ផ្ទាល់ខ្លួន។</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>បង្កើតឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>your name, as the audit log will show it</source>
        <translation>ឈ្មោះរបស់អ្នក ដូចដែលកំណត់ហេតុសវនកម្មនឹងបង្ហាញ</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>ឃ្លាសម្ងាត់៖</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>ឈ្មោះរបស់អ្នក៖</translation>
    </message>
    <message>
        <source>Nobody can reset a forgotten passphrase for you except another admin, or the recovery code that Saksi shows next.</source>
        <translation>គ្មាននរណាអាចកំណត់ឃ្លាសម្ងាត់ដែលអ្នកភ្លេចឡើងវិញឱ្យអ្នកបានទេ លើកលែងតែអ្នកគ្រប់គ្រងម្នាក់ទៀត ឬលេខកូដសង្គ្រោះដែល Saksi នឹងបង្ហាញបន្ទាប់។</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Not addressed</source>
        <translation>មិនទាន់លើកឡើង</translation>
    </message>
    <message>
        <source>Alleged</source>
        <translation>បានអះអាង</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>មានភស្តុតាងគាំទ្រ</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>មានការជំទាស់</translation>
    </message>
    <message>
        <source>confirmed, verbatim</source>
        <translation>បានបញ្ជាក់ ពាក្យពេចន៍ដើម</translation>
    </message>
    <message>
        <source>confirmed in substance (summary, not the official wording)</source>
        <translation>បានបញ្ជាក់ខ្លឹមសារ (សេចក្តីសង្ខេប មិនមែនពាក្យពេចន៍ផ្លូវការ)</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>មិនទាន់ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>ខ្លាំង</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>មធ្យម</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ខ្សោយ</translation>
    </message>
    <message>
        <source>Palermo Protocol art. 3</source>
        <translation>ពិធីសារប៉ាឡែម៉ូ មាត្រា 3</translation>
    </message>
    <message>
        <source>ILO indicators of forced labour</source>
        <translation>សូចនាករពលកម្មដោយបង្ខំរបស់ ILO</translation>
    </message>
    <message>
        <source>ILO-EC indicators</source>
        <translation>សូចនាករ ILO-EC</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>មិនទាន់ជ្រើស</translation>
    </message>
    <message>
        <source>Duress (compulsion), UNODC paper para. 17: the client was compelled to act</source>
        <translation>ការបង្ខិតបង្ខំ (duress) ឯកសារ UNODC កថាខណ្ឌ 17៖ កូនក្តីត្រូវបានបង្ខំឱ្យប្រព្រឹត្ត</translation>
    </message>
    <message>
        <source>Causation, UNODC paper paras 18-22: the act was a direct consequence of the trafficking</source>
        <translation>ទំនាក់ទំនងហេតុផល ឯកសារ UNODC កថាខណ្ឌ 18-22៖ អំពើនេះជាផលវិបាកផ្ទាល់នៃការជួញដូរមនុស្ស</translation>
    </message>
    <message>
        <source>Presumption: no source read; fill in its source before filing</source>
        <translation>ការសន្មត៖ មិនទាន់បានអានប្រភពទេ សូមបំពេញប្រភពរបស់វាមុនដាក់ជូន</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Not answered</source>
        <translation>មិនបានឆ្លើយ</translation>
    </message>
    <message>
        <source>2024, 2024-03 or 2024-03-15</source>
        <translation>2024, 2024-03 ឬ 2024-03-15</translation>
    </message>
    <message>
        <source>Separate with commas, e.g. Khmer, English</source>
        <translation>បំបែកដោយសញ្ញាក្បៀស ឧ. Khmer, English</translation>
    </message>
    <message>
        <source>Not answered / not known</source>
        <translation>មិនបានឆ្លើយ / មិនដឹង</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>ប្រហាក់ប្រហែល</translation>
    </message>
    <message>
        <source>Amount, e.g. 1500</source>
        <translation>ចំនួនទឹកប្រាក់ ឧ. 1500</translation>
    </message>
    <message>
        <source>Choose, or type a two-letter code</source>
        <translation>ជ្រើស ឬវាយលេខកូដពីរអក្សរ</translation>
    </message>
    <message>
        <source>Two-letter codes in order, e.g. KH, TH, MM</source>
        <translation>លេខកូដពីរអក្សរតាមលំដាប់ ឧ. KH, TH, MM</translation>
    </message>
    <message>
        <source>Other countries: two-letter codes, e.g. FR, US</source>
        <translation>ប្រទេសផ្សេងទៀត៖ លេខកូដពីរអក្សរ ឧ. FR, US</translation>
    </message>
    <message>
        <source>Add {thing}</source>
        <translation>បន្ថែម{thing}</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>ដកចេញនូវអ្វីដែលបានជ្រើស</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>កំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>សំណុំរឿងទាំងអស់</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>គ្រប់គ្នា</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>គ្រប់ប្រភេទ</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>គ្រប់កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>នរណា</translation>
    </message>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>សំណុំរឿង</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>នាំចេញជា CSV…</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>សំណុំរឿង៖</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>អ្នកណា៖</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>ពី៖</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>ដល់៖</translation>
    </message>
    <message>
        <source>The log cannot be changed; Verify vault checks its chain.</source>
        <translation>កំណត់ហេតុនេះមិនអាចកែប្រែបានទេ។ «ផ្ទៀងផ្ទាត់ឃ្លាំងសម្ងាត់» ពិនិត្យខ្សែសង្វាក់របស់វា។</translation>
    </message>
    <message>
        <source>{count} entries, newest first.</source>
        <translation>{count} ធាតុ ថ្មីបំផុតមុនគេ។</translation>
    </message>
    <message>
        <source>Export the audit log to…</source>
        <translation>នាំចេញកំណត់ហេតុសវនកម្មទៅ…</translation>
    </message>
    <message>
        <source>{count} entries were written to {target}. The export is recorded in the log.</source>
        <translation>{count} ធាតុត្រូវបានសរសេរទៅ {target}។ ការនាំចេញនេះត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុ។</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>កំពុងនាំចេញកំណត់ហេតុសវនកម្ម…</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Export a court bundle</source>
        <translation>នាំចេញកញ្ចប់ឯកសារសម្រាប់តុលាការ</translation>
    </message>
    <message>
        <source>All exhibits of {reference}</source>
        <translation>វត្ថុតាងទាំងអស់នៃ {reference}</translation>
    </message>
    <message>
        <source>Selected exhibits ({labels})</source>
        <translation>វត្ថុតាងដែលបានជ្រើស ({labels})</translation>
    </message>
    <message>
        <source>Redacted copies where they exist, originals elsewhere (recommended)</source>
        <translation>ច្បាប់ចម្លងបិទបាំងនៅកន្លែងដែលមាន និងច្បាប់ដើមនៅកន្លែងផ្សេង (ណែនាំ)</translation>
    </message>
    <message>
        <source>Also the unredacted originals of redacted exhibits</source>
        <translation>រួមទាំងច្បាប់ដើមមិនបិទបាំងនៃវត្ថុតាងដែលបានបិទបាំង</translation>
    </message>
    <message>
        <source>Redacted copies only (originals without a copy are left out)</source>
        <translation>តែច្បាប់ចម្លងបិទបាំងប៉ុណ្ណោះ (ច្បាប់ដើមដែលគ្មានច្បាប់ចម្លង ត្រូវបានទុកចោល)</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>ថតមួយ</translation>
    </message>
    <message>
        <source>One zip file</source>
        <translation>ឯកសារ zip មួយ</translation>
    </message>
    <message>
        <source>The folder to write the bundle into</source>
        <translation>ថតដែលត្រូវសរសេរកញ្ចប់ឯកសារចូល</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើស…</translation>
    </message>
    <message>
        <source>Exhibits:</source>
        <translation>វត្ថុតាង៖</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ឯកសារ៖</translation>
    </message>
    <message>
        <source>Write as:</source>
        <translation>សរសេរជា៖</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>ចូលទៅក្នុង៖</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>នាំចេញកញ្ចប់ឯកសារ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>The bundle is written outside the encrypted vault: exhibits named by number, SHA256SUMS, a SHA-256 manifest, the custody chain and an index for filing, so the recipient can check it alone. The export is recorded in the audit log before anything is written.</source>
        <translation>កញ្ចប់ឯកសារត្រូវបានសរសេរនៅក្រៅឃ្លាំងសម្ងាត់ដែលបានអ៊ិនគ្រីប៖ វត្ថុតាងដាក់ឈ្មោះតាមលេខ SHA256SUMS បញ្ជី SHA-256 ខ្សែសង្វាក់នៃការរក្សាទុក និងបញ្ជីសម្រាប់ដាក់ពាក្យ ដើម្បីឱ្យអ្នកទទួលអាចពិនិត្យវាដោយខ្លួនឯង។ ការនាំចេញត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម មុនពេលសរសេរអ្វីមួយ។</translation>
    </message>
    <message>
        <source>Where to write the bundle</source>
        <translation>កន្លែងដែលត្រូវសរសេរកញ្ចប់ឯកសារ</translation>
    </message>
    <message>
        <source>These unredacted originals would go out next to their redacted copy: {names}.</source>
        <translation>ច្បាប់ដើមមិនបិទបាំងទាំងនេះ នឹងត្រូវបញ្ចេញជាមួយច្បាប់ចម្លងបិទបាំងរបស់វា៖ {names}។</translation>
    </message>
    <message>
        <source>looks like an identity document</source>
        <translation>មើលទៅដូចជាឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>photo with a GPS position</source>
        <translation>រូបថតដែលមានទីតាំង GPS</translation>
    </message>
    <message>
        <source>unredacted original of a redacted exhibit</source>
        <translation>ច្បាប់ដើមមិនបិទបាំងនៃវត្ថុតាងដែលបានបិទបាំង</translation>
    </message>
    <message>
        <source>Your role does not allow exporting evidence. Ask a lawyer or an admin.</source>
        <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យនាំចេញភស្តុតាងទេ។ សូមស្នើមេធាវី ឬអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>Include unredacted originals?</source>
        <translation>បញ្ចូលច្បាប់ដើមមិនបិទបាំងឬ?</translation>
    </message>
    <message>
        <source>Whoever receives the bundle will see what was redacted.</source>
        <translation>អ្នកណាដែលទទួលកញ្ចប់ឯកសារ នឹងឃើញអ្វីដែលបានបិទបាំង។</translation>
    </message>
    <message>
        <source>Include the originals</source>
        <translation>បញ្ចូលច្បាប់ដើម</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>កំពុងសរសេរកញ្ចប់ឯកសារ…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>បានរក្សាទុក៖ {path}</translation>
    </message>
    <message>
        <source>Exhibits: {labels}</source>
        <translation>វត្ថុតាង៖ {labels}</translation>
    </message>
    <message>
        <source>Sent as their redacted copy (the originals stay in the vault): {labels}</source>
        <translation>ផ្ញើជាច្បាប់ចម្លងបិទបាំង (ច្បាប់ដើមនៅក្នុងឃ្លាំងសម្ងាត់)៖ {labels}</translation>
    </message>
    <message>
        <source>Unredacted originals included, as chosen: {names}</source>
        <translation>បានបញ្ចូលច្បាប់ដើមមិនបិទបាំង តាមការជ្រើសរើស៖ {names}</translation>
    </message>
    <message>
        <source>Sent as the original because no redacted copy exists, although the photo records a GPS position: {labels}. A redacted copy carries no location.</source>
        <translation>ផ្ញើជាច្បាប់ដើម ដោយសារគ្មានច្បាប់ចម្លងបិទបាំង ទោះបីរូបថតកត់ត្រាទីតាំង GPS ក៏ដោយ៖ {labels}។ ច្បាប់ចម្លងបិទបាំងមិនមានទីតាំងទេ។</translation>
    </message>
    <message>
        <source>Left out, because they have no redacted copy: {labels}</source>
        <translation>ត្រូវបានទុកចោល ព្រោះគ្មានច្បាប់ចម្លងបិទបាំង៖ {labels}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
</context>
<context>
    <name>CancelProgressDialog</name>
    <message>
        <source>Importing evidence</source>
        <translation>កំពុងនាំចូលភស្តុតាង</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>នឹងឈប់បន្ទាប់ពីឯកសារបច្ចុប្បន្ន…</translation>
    </message>
</context>
<context>
    <name>CaseDoc</name>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>The page now shows the case as last saved.</source>
        <translation>ឥឡូវនេះទំព័របង្ហាញសំណុំរឿងដូចដែលបានរក្សាទុកចុងក្រោយ។</translation>
    </message>
</context>
<context>
    <name>CaseEdit</name>
    <message>
        <source>The largest allowed is {limit}.</source>
        <translation>ចំនួនធំបំផុតដែលអនុញ្ញាតគឺ {limit}។</translation>
    </message>
    <message>
        <source>The smallest allowed is {limit}.</source>
        <translation>ចំនួនតូចបំផុតដែលអនុញ្ញាតគឺ {limit}។</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>សូមវាយចំនួនគត់។</translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation>ត្រូវការព័ត៌មាននេះ។</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>ជួរ {row}៖ {message}</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>កូនក្តី</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>មេធាវី</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>ការឃុំខ្លួន</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>កាលកំណត់បន្ទាប់</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>ជាប់ឃុំ</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (ហួសកំណត់)</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Edit deadline</source>
        <translation>កែកាលកំណត់</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>បន្ថែមកាលកំណត់</translation>
    </message>
    <message>
        <source>e.g. Detention review at the provincial court</source>
        <translation>ឧ. ការពិនិត្យការឃុំខ្លួននៅសាលាដំបូងខេត្ត</translation>
    </message>
    <message>
        <source>Not linked to a charge</source>
        <translation>មិនភ្ជាប់នឹងបទចោទ</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>បទចោទ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>កាលបរិច្ឆេទ៖</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>អ្វី៖</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>បទចោទ៖</translation>
    </message>
    <message>
        <source>Say what is due, e.g. Detention review.</source>
        <translation>សូមប្រាប់អ្វីដែលត្រូវធ្វើ ឧ. ការពិនិត្យការឃុំខ្លួន។</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>ហួសកំណត់ {days} ថ្ងៃ</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>ហួសកំណត់ 1 ថ្ងៃ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>ថ្ងៃស្អែក</translation>
    </message>
    <message>
        <source>In {days} days</source>
        <translation>ក្នុងរយៈពេល {days} ថ្ងៃ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <source>Add a deadline…</source>
        <translation>បន្ថែមកាលកំណត់…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>កែ…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>សម្គាល់ថារួចរាល់</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>សម្គាល់ថាមិនទាន់រួច</translation>
    </message>
    <message>
        <source>Edit fact</source>
        <translation>កែអង្គហេតុ</translation>
    </message>
    <message>
        <source>Add a fact</source>
        <translation>បន្ថែមអង្គហេតុ</translation>
    </message>
    <message>
        <source>2024, 2024-03 or 2024-03-15</source>
        <translation>2024, 2024-03 ឬ 2024-03-15</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>ប្រហាក់ប្រហែល</translation>
    </message>
    <message>
        <source>One fact, in plain words: what happened, to whom, where.</source>
        <translation>អង្គហេតុមួយ ដោយពាក្យសាមញ្ញ៖ អ្វីបានកើតឡើង ចំពោះនរណា នៅទីណា។</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>ពេលណា៖</translation>
    </message>
    <message>
        <source>Fact:</source>
        <translation>អង្គហេតុ៖</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ប្រភព៖</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>កម្រិតទំនុកចិត្ត៖</translation>
    </message>
    <message>
        <source>Write the fact first.</source>
        <translation>សូមសរសេរអង្គហេតុជាមុនសិន។</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>អង្គហេតុ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>កម្រិតទំនុកចិត្ត</translation>
    </message>
    <message>
        <source>Add a fact…</source>
        <translation>បន្ថែមអង្គហេតុ…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>ដកចេញ…</translation>
    </message>
    <message>
        <source>History of this fact</source>
        <translation>ប្រវត្តិនៃអង្គហេតុនេះ</translation>
    </message>
    <message>
        <source>Remove fact</source>
        <translation>ដកអង្គហេតុចេញ</translation>
    </message>
    <message>
        <source>Remove this fact? Its text stays in the case history.</source>
        <translation>ដកអង្គហេតុនេះចេញឬ? អត្ថបទរបស់វានៅតែមានក្នុងប្រវត្តិសំណុំរឿង។</translation>
    </message>
    <message>
        <source>This fact</source>
        <translation>អង្គហេតុនេះ</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>កែព័ត៌មានបុគ្គល</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>បន្ថែមបុគ្គល</translation>
    </message>
    <message>
        <source>Name or nickname as the client knows them</source>
        <translation>ឈ្មោះ ឬឈ្មោះហៅក្រៅ ដូចដែលកូនក្តីស្គាល់</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>តួនាទី៖</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <source>Accounts and numbers:</source>
        <translation>គណនី និងលេខ៖</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>កំណត់ចំណាំ៖</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>បន្ថែមបុគ្គល…</translation>
    </message>
    <message>
        <source>Recruiters, brokers, managers and companies, with their accounts. An account that appears in other cases is linked.</source>
        <translation>អ្នកជ្រើសរើស មេខ្យល់ អ្នកគ្រប់គ្រង និងក្រុមហ៊ុន ព្រមទាំងគណនីរបស់ពួកគេ។ គណនីដែលលេចឡើងក្នុងសំណុំរឿងផ្សេងទៀត ត្រូវបានភ្ជាប់។</translation>
    </message>
    <message>
        <source>No one recorded yet.</source>
        <translation>មិនទាន់មាននរណាម្នាក់ត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>This handle also appears in 1 other case:</source>
        <translation>គណនីនេះក៏លេចឡើងក្នុងសំណុំរឿង 1 ផ្សេងទៀតដែរ៖</translation>
    </message>
    <message>
        <source>This handle also appears in {count} other cases:</source>
        <translation>គណនីនេះក៏លេចឡើងក្នុងសំណុំរឿង {count} ផ្សេងទៀតដែរ៖</translation>
    </message>
    <message>
        <source>Open this case</source>
        <translation>បើកសំណុំរឿងនេះ</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>ដកបុគ្គលចេញ</translation>
    </message>
    <message>
        <source>Remove {name} from this case? The record stays in the case history.</source>
        <translation>ដក {name} ចេញពីសំណុំរឿងនេះឬ? កំណត់ត្រានៅតែមានក្នុងប្រវត្តិសំណុំរឿង។</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>បុគ្គលនេះ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>ព័ត៌មានលម្អិតនៃសំណុំរឿង</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ស្ថានភាព៖</translation>
    </message>
    <message>
        <source>Lawyer:</source>
        <translation>មេធាវី៖</translation>
    </message>
    <message>
        <source>Paralegal:</source>
        <translation>ជំនួយការច្បាប់៖</translation>
    </message>
    <message>
        <source>Proceedings in:</source>
        <translation>នីតិវិធីនៅ៖</translation>
    </message>
    <message>
        <source>A name that long is probably a mistake.</source>
        <translation>ឈ្មោះវែងបែបនេះ ប្រហែលជាខុស។</translation>
    </message>
    <message>
        <source>In detention</source>
        <translation>កំពុងជាប់ឃុំ</translation>
    </message>
    <message>
        <source>Continue interview</source>
        <translation>បន្តការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Case details…</source>
        <translation>ព័ត៌មានលម្អិតនៃសំណុំរឿង…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>នាំចេញ JSON…</translation>
    </message>
    <message>
        <source>The whole case in Saksi&apos;s JSON format; the export is recorded</source>
        <translation>សំណុំរឿងទាំងមូលជាទម្រង់ JSON របស់ Saksi ការនាំចេញត្រូវបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>បញ្ជូន…</translation>
    </message>
    <message>
        <source>Send this case to a partner office, encrypted; import a partner&apos;s package</source>
        <translation>ផ្ញើសំណុំរឿងនេះទៅការិយាល័យដៃគូ ដោយអ៊ិនគ្រីប; នាំចូលកញ្ចប់របស់ដៃគូ</translation>
    </message>
    <message>
        <source>(no name recorded yet)</source>
        <translation>(មិនទាន់កត់ត្រាឈ្មោះ)</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>ស្ថានភាព៖ {status}</translation>
    </message>
    <message>
        <source>Lawyer: {name}</source>
        <translation>មេធាវី៖ {name}</translation>
    </message>
    <message>
        <source>Paralegal: {name}</source>
        <translation>ជំនួយការច្បាប់៖ {name}</translation>
    </message>
    <message>
        <source>Proceedings in: {country}</source>
        <translation>នីតិវិធីនៅ៖ {country}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>បានបើក {date}</translation>
    </message>
    <message>
        <source>Interview: {done} of {total} sections</source>
        <translation>ការសម្ភាសន៍៖ {done} នៃ {total} ផ្នែក</translation>
    </message>
    <message>
        <source>Open interview</source>
        <translation>បើកការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>ដំណើររឿង</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>កូនក្តី</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>នីតិវិធី</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <source>People</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>ប្រាក់</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>អង្គហេតុ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ភស្តុតាង</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>ការវិភាគ</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>សេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>ប្រវត្តិរូប</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>អក្សរ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>តាមរបៀប</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>លេខ ឬអាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Safe to contact?</source>
        <translation>ទាក់ទងដោយសុវត្ថិភាពបានទេ?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>ចេញដោយ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ផុតកំណត់</translation>
    </message>
    <message>
        <source>Held by now</source>
        <translation>ឥឡូវកាន់ដោយ</translation>
    </message>
    <message>
        <source>What the client agreed to</source>
        <translation>អ្វីដែលកូនក្តីបានយល់ព្រម</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>ចែករំលែកជាមួយ</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>ផ្តល់នៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>ដកវិញនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Recorded in the interview (About the client; Needs and consent). Change them there.</source>
        <translation>កត់ត្រាក្នុងការសម្ភាសន៍ (អំពីកូនក្តី; តម្រូវការ និងការយល់ព្រម)។ សូមកែវានៅទីនោះ។</translation>
    </message>
    <message>
        <source>Names in any script</source>
        <translation>ឈ្មោះជាអក្សរណាក៏បាន</translation>
    </message>
    <message>
        <source>How to reach the client</source>
        <translation>របៀបទាក់ទងកូនក្តី</translation>
    </message>
    <message>
        <source>Use only contacts marked safe: a message to an unsafe number can put the client at risk.</source>
        <translation>សូមប្រើតែទំនាក់ទំនងដែលសម្គាល់ថាមានសុវត្ថិភាពប៉ុណ្ណោះ៖ សារទៅលេខដែលគ្មានសុវត្ថិភាព អាចធ្វើឱ្យកូនក្តីប្រឈមនឹងគ្រោះថ្នាក់។</translation>
    </message>
    <message>
        <source>Identity documents, and who holds them</source>
        <translation>ឯកសារអត្តសញ្ញាណ និងអ្នកដែលកាន់វា</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>under 18 when recruited (a child: the means need not be shown)</source>
        <translation>អាយុក្រោម 18 ឆ្នាំ ពេលត្រូវបានជ្រើសរើស (ជាកុមារ៖ មិនចាំបាច់បង្ហាញមធ្យោបាយទេ)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Gender (own words)</source>
        <translation>យេនឌ័រ (តាមពាក្យរបស់កូនក្តី)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <source>Age now</source>
        <translation>អាយុបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Age when recruited</source>
        <translation>អាយុពេលត្រូវបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>ការសិក្សា</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>ជំនាញ</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>ឈ្មោះក្លែង</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Yes, safe</source>
        <translation>បាទ/ចាស មានសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>NOT safe</source>
        <translation>គ្មានសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>បទល្មើស</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>ច្បាប់</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>អាជ្ញាធរ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>លេខរឿង</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>ថ្ងៃបន្ទាប់</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>ពិន័យ</translation>
    </message>
    <message>
        <source>Non-punishment</source>
        <translation>ការមិនដាក់ទោស</translation>
    </message>
    <message>
        <source>Charges and their kind are recorded in the interview (Charges and proceedings).</source>
        <translation>បទចោទ និងប្រភេទរបស់វាត្រូវបានកត់ត្រាក្នុងការសម្ភាសន៍ (បទចោទ និងនីតិវិធី)។</translation>
    </message>
    <message>
        <source>No charge recorded.</source>
        <translation>មិនមានបទចោទត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>Non-punishment raised for {raised} of {count} charges.</source>
        <translation>បានលើកការមិនដាក់ទោសសម្រាប់បទចោទ {raised} នៃ {count}។</translation>
    </message>
    <message>
        <source>The client is in detention at {place}.</source>
        <translation>កូនក្តីកំពុងជាប់ឃុំនៅ {place}។</translation>
    </message>
    <message>
        <source>an unrecorded place</source>
        <translation>ទីកន្លែងដែលមិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Criminal charges: {count}, argued to the prosecutor or the court.</source>
        <translation>បទចោទព្រហ្មទណ្ឌ៖ {count} លើកឡើងជូនព្រះរាជអាជ្ញា ឬតុលាការ។</translation>
    </message>
    <message>
        <source>Administrative penalties: {count}, argued in the penalty-waiver request to the immigration or labour authority, not to the prosecutor.</source>
        <translation>ទណ្ឌកម្មរដ្ឋបាល៖ {count} លើកឡើងក្នុងសំណើសុំលើកលែងទណ្ឌកម្ម ជូនអាជ្ញាធរអន្តោប្រវេសន៍ ឬអាជ្ញាធរការងារ មិនមែនជូនព្រះរាជអាជ្ញាទេ។</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>(no currency)</source>
        <translation>(គ្មានរូបិយប័ណ្ណ)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>បង់ដោយ</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>បានទាមទារ</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>Money lost or owed, for the compensation claim. Recorded in the interview (Needs and consent).</source>
        <translation>ប្រាក់ដែលបាត់បង់ ឬជំពាក់ សម្រាប់ការទាមទារសំណង។ កត់ត្រាក្នុងការសម្ភាសន៍ (តម្រូវការ និងការយល់ព្រម)។</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>មិនទាន់</translation>
    </message>
    <message>
        <source>Total: {amounts}</source>
        <translation>សរុប៖ {amounts}</translation>
    </message>
    <message>
        <source>Of which owed to the client (not paid): {amounts}</source>
        <translation>ក្នុងនោះជំពាក់កូនក្តី (មិនទាន់បង់)៖ {amounts}</translation>
    </message>
    <message>
        <source>Obtained so far: {amounts}</source>
        <translation>បានទទួលរហូតមកដល់ពេលនេះ៖ {amounts}</translation>
    </message>
    <message>
        <source>Notes for the team. Plain text; kept with the case&apos;s history.</source>
        <translation>កំណត់ចំណាំសម្រាប់ក្រុមការងារ។ អត្ថបទធម្មតា រក្សាទុកជាមួយប្រវត្តិសំណុំរឿង។</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>រក្សាទុកកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>មិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>បានរក្សាទុក</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>សំណុំរឿងទាំងមូល</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>ការជ្រើសរើស</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>ដំណើរធ្វើដំណើរ</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>បរិវេណឆបោក</translation>
    </message>
    <message>
        <source>Leaving the compound</source>
        <translation>ការចាកចេញពីបរិវេណ</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>ការឃុំខ្លួន</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>ការកំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>បទចោទ</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>ការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>បានដកចេញ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>នរណា</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>អ្វីដែលបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>មុន</translation>
    </message>
    <message>
        <source>After</source>
        <translation>ក្រោយ</translation>
    </message>
    <message>
        <source>Show changes to:</source>
        <translation>បង្ហាញការផ្លាស់ប្តូរនៃ៖</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>ការផ្លាស់ប្តូរ {count}</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>មិនទាន់មានការផ្លាស់ប្តូរត្រូវបានកត់ត្រាទេ។</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>about {date}</source>
        <translation>ប្រហែល {date}</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>New case</source>
        <translation>សំណុំរឿងថ្មី</translation>
    </message>
    <message>
        <source>Create an empty case and start the intake interview</source>
        <translation>បង្កើតសំណុំរឿងទទេមួយ ហើយចាប់ផ្តើមការសម្ភាសន៍ទទួលសំណុំរឿង</translation>
    </message>
    <message>
        <source>Search names in any script, references, facts, notes, the interview…</source>
        <translation>ស្វែងរកឈ្មោះជាអក្សរណាក៏បាន លេខយោង អង្គហេតុ កំណត់ចំណាំ ការសម្ភាសន៍…</translation>
    </message>
    <message>
        <source>In detention only</source>
        <translation>តែអ្នកកំពុងជាប់ឃុំ</translation>
    </message>
    <message>
        <source>Add {count} demo cases (synthetic, for training)…</source>
        <translation>បន្ថែមសំណុំរឿងសាកល្បង {count} (សិប្បនិម្មិត សម្រាប់ការបណ្តុះបណ្តាល)…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>សំណុំរឿង</translation>
    </message>
    <message>
        <source>Import case (JSON)…</source>
        <translation>នាំចូលសំណុំរឿង (JSON)…</translation>
    </message>
    <message>
        <source>A case in Saksi&apos;s documented JSON format (docs/case-format.md)</source>
        <translation>សំណុំរឿងមួយជាទម្រង់ JSON ដែលមានឯកសារពន្យល់របស់ Saksi (docs/case-format.md)</translation>
    </message>
    <message>
        <source>Reference prefix…</source>
        <translation>បុព្វបទលេខយោង…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>គ្រប់សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Any lawyer</source>
        <translation>គ្រប់មេធាវី</translation>
    </message>
    <message>
        <source>{shown} of {all} cases match</source>
        <translation>សំណុំរឿង {shown} នៃ {all} ត្រូវគ្នា</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>សំណុំរឿង 1</translation>
    </message>
    <message>
        <source>{all} cases</source>
        <translation>សំណុំរឿង {all}</translation>
    </message>
    <message>
        <source>double-click a case, or press Enter, to open it</source>
        <translation>ចុចពីរដង ឬចុច Enter ដើម្បីបើក</translation>
    </message>
    <message>
        <source>No cases yet. Press New case to record a client&apos;s account.</source>
        <translation>មិនទាន់មានសំណុំរឿងទេ។ ចុច «សំណុំរឿងថ្មី» ដើម្បីកត់ត្រាការរៀបរាប់របស់កូនក្តី។</translation>
    </message>
    <message>
        <source>No case matches. Try part of a name, or clear the filters.</source>
        <translation>គ្មានសំណុំរឿងណាត្រូវគ្នាទេ។ សាកល្បងផ្នែកមួយនៃឈ្មោះ ឬសម្អាតតម្រង។</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>បើកសំណុំរឿង</translation>
    </message>
    <message>
        <source>Import a case</source>
        <translation>នាំចូលសំណុំរឿង</translation>
    </message>
    <message>
        <source>Saksi case (*.json)</source>
        <translation>សំណុំរឿង Saksi (*.json)</translation>
    </message>
    <message>
        <source>Export the case</source>
        <translation>នាំចេញសំណុំរឿង</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Reference prefix</source>
        <translation>បុព្វបទលេខយោង</translation>
    </message>
    <message>
        <source>Prefix for new case references (e.g. KH gives KH-2026-0001):</source>
        <translation>បុព្វបទសម្រាប់លេខយោងសំណុំរឿងថ្មី (ឧ. KH ផ្តល់ KH-2026-0001)៖</translation>
    </message>
    <message>
        <source>← Back to the case</source>
        <translation>← ត្រឡប់ទៅសំណុំរឿង</translation>
    </message>
    <message>
        <source>Cases › {reference} › Interview</source>
        <translation>សំណុំរឿង › {reference} › ការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← សំណុំរឿងទាំងអស់</translation>
    </message>
    <message>
        <source>Cases › {reference}</source>
        <translation>សំណុំរឿង › {reference}</translation>
    </message>
    <message>
        <source>Demo cases</source>
        <translation>សំណុំរឿងសាកល្បង</translation>
    </message>
    <message>
        <source>Add {count} synthetic cases for training? Every demo client&apos;s name starts with DEMO. Better: use a separate vault for training.</source>
        <translation>បន្ថែមសំណុំរឿងសិប្បនិម្មិត {count} សម្រាប់ការបណ្តុះបណ្តាលឬ? ឈ្មោះកូនក្តីសាកល្បងទាំងអស់ចាប់ផ្តើមដោយ DEMO។ ល្អជាងនេះ៖ ប្រើឃ្លាំងសម្ងាត់ដាច់ដោយឡែកសម្រាប់ការបណ្តុះបណ្តាល។</translation>
    </message>
    <message>
        <source>Add demo cases</source>
        <translation>បន្ថែមសំណុំរឿងសាកល្បង</translation>
    </message>
    <message>
        <source>Adding demo cases…</source>
        <translation>កំពុងបន្ថែមសំណុំរឿងសាកល្បង…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>ប្តូរឃ្លាសម្ងាត់របស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>ឃ្លាសម្ងាត់ថ្មី៖</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>ប្តូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Lock instead</source>
        <translation>ចាក់សោជំនួសវិញ</translation>
    </message>
    <message>
        <source>An admin gave you a temporary passphrase. Choose your own passphrase now; nobody else should know it.</source>
        <translation>អ្នកគ្រប់គ្រងបានផ្តល់ឃ្លាសម្ងាត់បណ្តោះអាសន្នដល់អ្នក។ សូមជ្រើសឃ្លាសម្ងាត់ផ្ទាល់ខ្លួនរបស់អ្នកឥឡូវនេះ គ្មាននរណាផ្សេងគួរដឹងវាទេ។</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន៖</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>សូមវាយឃ្លាសម្ងាត់បច្ចុប្បន្នរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>កំពុងប្តូរឃ្លាសម្ងាត់…</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <source>Quoted into a fact</source>
        <translation>បានដកស្រង់ចូលអង្គហេតុ</translation>
    </message>
    <message>
        <source>A fact of case {reference} now quotes these messages, supported by {label}:

{text}</source>
        <translation>អង្គហេតុមួយនៃសំណុំរឿង {reference} ឥឡូវដកស្រង់សារទាំងនេះ ដោយមាន {label} គាំទ្រ៖

{text}</translation>
    </message>
    <message>
        <source>Adding the fact…</source>
        <translation>កំពុងបន្ថែមអង្គហេតុ…</translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation>រក្សាទុកប្រតិចារិក</translation>
    </message>
    <message>
        <source>Transcript written</source>
        <translation>បានសរសេរប្រតិចារិក</translation>
    </message>
    <message>
        <source>{path}

The export was recorded in the custody log. The PDF is not encrypted: keep it safe.</source>
        <translation>{path}

ការនាំចេញត្រូវបានកត់ត្រាក្នុងខ្សែសង្វាក់នៃការរក្សាទុក។ PDF មិនត្រូវបានអ៊ិនគ្រីបទេ៖ សូមរក្សាវាឲ្យមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <source>Writing the transcript…</source>
        <translation>កំពុងសរសេរប្រតិចារិក…</translation>
    </message>
    <message>
        <source>Dates read again</source>
        <translation>បានអានកាលបរិច្ឆេទម្តងទៀត</translation>
    </message>
    <message>
        <source>Every message of {label} now has its date read the new way. Open it again to see them.</source>
        <translation>សារនីមួយៗនៃ {label} ឥឡូវមានកាលបរិច្ឆេទអានតាមរបៀបថ្មី។ សូមបើកវាម្តងទៀតដើម្បីមើល។</translation>
    </message>
    <message>
        <source>Reading the dates again…</source>
        <translation>កំពុងអានកាលបរិច្ឆេទម្តងទៀត…</translation>
    </message>
    <message>
        <source>WhatsApp export (Android)</source>
        <translation>ឯកសារនាំចេញ WhatsApp (Android)</translation>
    </message>
    <message>
        <source>WhatsApp export (iPhone)</source>
        <translation>ឯកសារនាំចេញ WhatsApp (iPhone)</translation>
    </message>
    <message>
        <source>Telegram Desktop export</source>
        <translation>ឯកសារនាំចេញ Telegram Desktop</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>ថ្ងៃ/ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>ខែ/ថ្ងៃ/ឆ្នាំ</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>ឆ្នាំ/ខែ/ថ្ងៃ</translation>
    </message>
    <message>
        <source>The dates start with a four-digit year.</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្តើមដោយឆ្នាំបួនខ្ទង់។</translation>
    </message>
    <message>
        <source>Only this order makes every date in the file a real date (a day above 12 settles it).</source>
        <translation>មានតែលំដាប់នេះទេដែលធ្វើឲ្យកាលបរិច្ឆេទទាំងអស់ក្នុងឯកសារជាកាលបរិច្ឆេទពិត (ថ្ងៃលើសពី 12 បញ្ជាក់វា)។</translation>
    </message>
    <message>
        <source>Both orders give real dates; this one keeps the messages in time order.</source>
        <translation>លំដាប់ទាំងពីរផ្តល់កាលបរិច្ឆេទពិត។ លំដាប់នេះរក្សាសារតាមលំដាប់ពេលវេលា។</translation>
    </message>
    <message>
        <source>Both orders give real dates in time order; this one keeps the messages closer together in time. Check it against a date you know.</source>
        <translation>លំដាប់ទាំងពីរផ្តល់កាលបរិច្ឆេទពិតតាមលំដាប់ពេលវេលា។ លំដាប់នេះរក្សាសារឲ្យនៅជិតគ្នាក្នុងពេលវេលា។ សូមពិនិត្យជាមួយកាលបរិច្ឆេទដែលអ្នកដឹង។</translation>
    </message>
    <message>
        <source>Every date reads both ways; day/month/year was chosen as most phones outside the United States write it. Check it against a date you know.</source>
        <translation>កាលបរិច្ឆេទទាំងអស់អានបានទាំងពីររបៀប។ ថ្ងៃ/ខែ/ឆ្នាំ ត្រូវបានជ្រើសរើស ដូចទូរស័ព្ទភាគច្រើននៅក្រៅសហរដ្ឋអាមេរិកសរសេរ។ សូមពិនិត្យជាមួយកាលបរិច្ឆេទដែលអ្នកដឹង។</translation>
    </message>
    <message>
        <source>Some dates are not real dates in either order. Check them in the export.</source>
        <translation>កាលបរិច្ឆេទខ្លះមិនមែនជាកាលបរិច្ឆេទពិតតាមលំដាប់ណាមួយទេ។ សូមពិនិត្យវាក្នុងឯកសារនាំចេញ។</translation>
    </message>
    <message>
        <source>Chosen by {user}.</source>
        <translation>ជ្រើសរើសដោយ {user}។</translation>
    </message>
    <message>
        <source>1 byte of the export could not be decoded; it shows as � in its message. The stored file is as received.</source>
        <translation>បៃ 1 នៃឯកសារនាំចេញមិនអាចបកស្រាយបានទេ វាបង្ហាញជា � នៅក្នុងសាររបស់វា។ ឯកសារដែលបានរក្សាទុកនៅដូចពេលទទួល។</translation>
    </message>
    <message>
        <source>{count} bytes of the export could not be decoded; each shows as � in its message. The stored file is as received.</source>
        <translation>បៃ {count} នៃឯកសារនាំចេញមិនអាចបកស្រាយបានទេ បៃនីមួយៗបង្ហាញជា � នៅក្នុងសាររបស់វា។ ឯកសារដែលបានរក្សាទុកនៅដូចពេលទទួល។</translation>
    </message>
    <message>
        <source>(date not readable)</source>
        <translation>(មិនអាចអានកាលបរិច្ឆេទបាន)</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>សេចក្តីជូនដំណឹង</translation>
    </message>
    <message>
        <source>reply to #{seq}</source>
        <translation>ឆ្លើយតបទៅ #{seq}</translation>
    </message>
    <message>
        <source>forwarded from {name}</source>
        <translation>បញ្ជូនបន្តពី {name}</translation>
    </message>
    <message>
        <source>edited {time}</source>
        <translation>បានកែ {time}</translation>
    </message>
    <message>
        <source>attachment: exhibit {label}</source>
        <translation>ឯកសារភ្ជាប់៖ វត្ថុតាង {label}</translation>
    </message>
    <message>
        <source>attachment {name} (not in the export)</source>
        <translation>ឯកសារភ្ជាប់ {name} (មិនមានក្នុងឯកសារនាំចេញ)</translation>
    </message>
    <message>
        <source>media not included in the export</source>
        <translation>មេឌៀមិនបានរួមបញ្ចូលក្នុងឯកសារនាំចេញ</translation>
    </message>
    <message>
        <source>link “{text}” goes to {target}</source>
        <translation>តំណ «{text}» នាំទៅ {target}</translation>
    </message>
    <message>
        <source>appears in 1 other case: {which}</source>
        <translation>លេចឡើងក្នុងសំណុំរឿងផ្សេងទៀត 1៖ {which}</translation>
    </message>
    <message>
        <source>appears in {count} other cases: {which}</source>
        <translation>លេចឡើងក្នុងសំណុំរឿងផ្សេងទៀត {count}៖ {which}</translation>
    </message>
    <message>
        <source>{format}: {count} messages. Senders: {senders}</source>
        <translation>{format}៖ សារ {count}។ អ្នកផ្ញើ៖ {senders}</translation>
    </message>
    <message>
        <source>Show only messages containing…</source>
        <translation>បង្ហាញតែសារដែលមាន…</translation>
    </message>
    <message>
        <source>Dates read as {order}. {reason}</source>
        <translation>កាលបរិច្ឆេទអានជា {order}។ {reason}</translation>
    </message>
    <message>
        <source>Read dates this way</source>
        <translation>អានកាលបរិច្ឆេទតាមរបៀបនេះ</translation>
    </message>
    <message>
        <source>Quote into a fact</source>
        <translation>ដកស្រង់ចូលអង្គហេតុ</translation>
    </message>
    <message>
        <source>Transcript PDF…</source>
        <translation>ប្រតិចារិក PDF…</translation>
    </message>
    <message>
        <source>{count} messages chosen (the transcript will have only these)</source>
        <translation>បានជ្រើសសារ {count} (ប្រតិចារិកនឹងមានតែសារទាំងនេះ)</translation>
    </message>
    <message>
        <source>Choose messages to quote them (Ctrl or Shift for several).</source>
        <translation>ជ្រើសសារដើម្បីដកស្រង់ (Ctrl ឬ Shift សម្រាប់ច្រើន)។</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <source>Check that you wrote it down</source>
        <translation>ពិនិត្យថាអ្នកបានសរសេរវាទុកហើយ</translation>
    </message>
    <message>
        <source>One group, typed from your paper, finds a copying mistake now rather than on the day you need the code.</source>
        <translation>ក្រុមមួយដែលវាយចេញពីក្រដាសរបស់អ្នក អាចរកឃើញកំហុសចម្លងឥឡូវនេះ ជាជាងនៅថ្ងៃដែលអ្នកត្រូវការលេខកូដនោះ។</translation>
    </message>
    <message>
        <source>If you cannot find it on your paper, go Back and copy the code again.</source>
        <translation>ប្រសិនបើអ្នករកវាមិនឃើញលើក្រដាសរបស់អ្នក សូមចុច «ថយក្រោយ» ហើយចម្លងលេខកូដម្តងទៀត។</translation>
    </message>
    <message>
        <source>Look at your paper, not at the screen. Type group {number} of {total}:</source>
        <translation>សូមមើលក្រដាសរបស់អ្នក មិនមែនអេក្រង់ទេ។ វាយក្រុមទី {number} នៃ {total}៖</translation>
    </message>
    <message>
        <source>That is not group {number}. Check your paper.</source>
        <translation>នោះមិនមែនជាក្រុមទី {number} ទេ។ សូមពិនិត្យក្រដាសរបស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>ConfirmWithPassphraseDialog</name>
    <message>
        <source>Your passphrase:</source>
        <translation>ឃ្លាសម្ងាត់របស់អ្នក៖</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>សូមវាយឃ្លាសម្ងាត់របស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Saksi: internal error</source>
        <translation>Saksi៖ កំហុសខាងក្នុង</translation>
    </message>
    <message>
        <source>Saksi ran into an internal error. Your vault is safe: every change is saved completely or not at all. If something looks wrong, lock the vault and open it again.

The report below says only where in the program the error happened. It holds no case data, names or passphrases. You may copy it and send it to whoever supports Saksi for you.</source>
        <translation>Saksi បានជួបកំហុសខាងក្នុង។ ឃ្លាំងសម្ងាត់របស់អ្នកមានសុវត្ថិភាព៖ រាល់ការផ្លាស់ប្តូរត្រូវបានរក្សាទុកទាំងស្រុង ឬមិនរក្សាទុកសោះ។ ប្រសិនបើមានអ្វីមើលទៅខុសប្រក្រតី សូមចាក់សោឃ្លាំងសម្ងាត់ ហើយបើកវាម្តងទៀត។

របាយការណ៍ខាងក្រោមប្រាប់តែកន្លែងក្នុងកម្មវិធីដែលកំហុសបានកើតឡើងប៉ុណ្ណោះ។ វាគ្មានទិន្នន័យសំណុំរឿង ឈ្មោះ ឬឃ្លាសម្ងាត់ទេ។ អ្នកអាចចម្លងវា ហើយផ្ញើទៅអ្នកដែលគាំទ្រ Saksi ឱ្យអ្នក។</translation>
    </message>
    <message>
        <source>This report was also saved in: {path}</source>
        <translation>របាយការណ៍នេះក៏ត្រូវបានរក្សាទុកក្នុង៖ {path}</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>ចម្លងរបាយការណ៍</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Saksi</source>
        <translation>Saksi</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Create a vault</source>
        <translation>បង្កើតឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>This is the vault&apos;s recovery code. If every passphrase is lost, this code is the only way back into the vault.</source>
        <translation>នេះជាលេខកូដសង្គ្រោះរបស់ឃ្លាំងសម្ងាត់។ ប្រសិនបើឃ្លាសម្ងាត់ទាំងអស់បាត់ លេខកូដនេះជាផ្លូវតែមួយគត់ដើម្បីចូលឃ្លាំងសម្ងាត់វិញ។</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>កំពុងបង្កើតឃ្លាំងសម្ងាត់…</translation>
    </message>
    <message>
        <source>Creating the encrypted vault and its keys…</source>
        <translation>កំពុងបង្កើតឃ្លាំងសម្ងាត់អ៊ិនគ្រីប និងសោរបស់វា…</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>{reference} {what} on {date}</source>
        <translation>{reference} {what} នៅថ្ងៃ {date}</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(ហួសកំណត់)</translation>
    </message>
    <message>
        <source>1 deadline overdue</source>
        <translation>កាលកំណត់ 1 ហួសកំណត់</translation>
    </message>
    <message>
        <source>{count} deadlines overdue</source>
        <translation>កាលកំណត់ {count} ហួសកំណត់</translation>
    </message>
    <message>
        <source>1 deadline in the next 7 days</source>
        <translation>កាលកំណត់ 1 ក្នុងរយៈពេល 7 ថ្ងៃខាងមុខ</translation>
    </message>
    <message>
        <source>{count} deadlines in the next 7 days</source>
        <translation>កាលកំណត់ {count} ក្នុងរយៈពេល 7 ថ្ងៃខាងមុខ</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>និង {count} ទៀត</translation>
    </message>
    <message>
        <source>{summary}: {items}.</source>
        <translation>{summary}៖ {items}។</translation>
    </message>
    <message>
        <source> and </source>
        <translation> និង </translation>
    </message>
</context>
<context>
    <name>DeadlinesArea</name>
    <message>
        <source>Show done</source>
        <translation>បង្ហាញអ្វីដែលរួចរាល់</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>សំណុំរឿង</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>កូនក្តី</translation>
    </message>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>No deadlines. Add them on a case&apos;s Deadlines tab.</source>
        <translation>គ្មានកាលកំណត់ទេ។ សូមបន្ថែមវានៅផ្ទាំង «កាលកំណត់» នៃសំណុំរឿងមួយ។</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <source>Overdue deadlines are in red, the next 7 days are highlighted. Double-click to open the case.</source>
        <translation>កាលកំណត់ដែលហួសកំណត់មានពណ៌ក្រហម ចំណែក 7 ថ្ងៃខាងមុខត្រូវបានបន្លិច។ ចុចពីរដងដើម្បីបើកសំណុំរឿង។</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>ហួសកំណត់ {days} ថ្ងៃ</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>ហួសកំណត់ 1 ថ្ងៃ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>ថ្ងៃស្អែក</translation>
    </message>
    <message>
        <source>In {days} days</source>
        <translation>ក្នុងរយៈពេល {days} ថ្ងៃ</translation>
    </message>
    <message>
        <source>{overdue} overdue · {soon} in the next 7 days · {open} open in all</source>
        <translation>ហួសកំណត់ {overdue} · ក្នុង 7 ថ្ងៃខាងមុខ {soon} · មិនទាន់រួចសរុប {open}</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete {label}</source>
        <translation>លុប {label}</translation>
    </message>
    <message>
        <source>Why is this exhibit deleted? (required, kept with the tombstone)</source>
        <translation>ហេតុអ្វីលុបវត្ថុតាងនេះ? (តម្រូវឱ្យមាន រក្សាទុកជាមួយស្លាកសម្គាល់ការលុប)</translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation>លុបឯកសារ</translation>
    </message>
    <message>
        <source>The file&apos;s bytes are removed from the vault and cannot be recovered from Saksi. A tombstone stays: the exhibit number {label}, its SHA-256, who deleted it, when and why. The chain of custody keeps every entry. Copies made from it are deleted too. Numbers are never reused.</source>
        <translation>បៃរបស់ឯកសារត្រូវបានលុបចេញពីឃ្លាំងសម្ងាត់ ហើយមិនអាចយកមកវិញពី Saksi បានទេ។ ស្លាកសម្គាល់ការលុបនៅសល់៖ លេខវត្ថុតាង {label}, SHA-256 របស់វា អ្នកដែលបានលុប ពេលណា និងហេតុអ្វី។ ខ្សែសង្វាក់នៃការរក្សាទុករក្សាទុករាល់ធាតុ។ ច្បាប់ចម្លងដែលធ្វើពីវាក៏ត្រូវបានលុបដែរ។ លេខមិនដែលត្រូវបានប្រើឡើងវិញទេ។</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an exhibit to see its details.</source>
        <translation>ជ្រើសវត្ថុតាងមួយ ដើម្បីមើលព័ត៌មានលម្អិតរបស់វា។</translation>
    </message>
    <message>
        <source>Open viewer</source>
        <translation>បើកកម្មវិធីមើល</translation>
    </message>
    <message>
        <source>Redact, crop, rotate…</source>
        <translation>បិទបាំង កាត់ បង្វិល…</translation>
    </message>
    <message>
        <source>Export working copy…</source>
        <translation>នាំចេញច្បាប់ចម្លងសម្រាប់ធ្វើការ…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>លុប…</translation>
    </message>
    <message>
        <source>Read as a chat</source>
        <translation>អានជាការជជែក</translation>
    </message>
    <message>
        <source>A chat export imported before Saksi read chats, or kept as a plain file: read its messages (the stored file is not changed)</source>
        <translation>ឯកសារនាំចេញការជជែកដែលបាននាំចូលមុនពេល Saksi អានការជជែក ឬដែលបានរក្សាទុកជាឯកសារធម្មតា៖ អានសាររបស់វា (ឯកសារដែលបានរក្សាទុកមិនត្រូវបានផ្លាស់ប្តូរទេ)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>ផ្លាស់ឡើងលើ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>ផ្លាស់ចុះក្រោម</translation>
    </message>
    <message>
        <source>Give this exhibit the number before it (its copies follow)</source>
        <translation>ផ្តល់លេខមុនវាឱ្យវត្ថុតាងនេះ (ច្បាប់ចម្លងរបស់វាទៅតាម)</translation>
    </message>
    <message>
        <source>Give this exhibit the number after it (its copies follow)</source>
        <translation>ផ្តល់លេខបន្ទាប់ពីវាឱ្យវត្ថុតាងនេះ (ច្បាប់ចម្លងរបស់វាទៅតាម)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>ចម្លង SHA-256</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>ទំហំ៖</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256៖</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>បាននាំចូល៖</translation>
    </message>
    <message>
        <source>Copy of:</source>
        <translation>ច្បាប់ចម្លងនៃ៖</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>ទិន្នន័យមេតា</translation>
    </message>
    <message>
        <source>Show location (sensitive)</source>
        <translation>បង្ហាញទីតាំង (រសើប)</translation>
    </message>
    <message>
        <source>The GPS position recorded in the photo</source>
        <translation>ទីតាំង GPS ដែលបានកត់ត្រាក្នុងរូបថត</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>What this exhibit is, e.g. chat with the recruiter</source>
        <translation>វត្ថុតាងនេះជាអ្វី ឧ. ការជជែកជាមួយអ្នកជ្រើសរើស</translation>
    </message>
    <message>
        <source>Save description</source>
        <translation>រក្សាទុកការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>ការពិពណ៌នា៖</translation>
    </message>
    <message>
        <source>Copies made from it</source>
        <translation>ច្បាប់ចម្លងដែលធ្វើពីវា</translation>
    </message>
    <message>
        <source>Transcription and translation</source>
        <translation>ការចម្លងជាអក្សរ និងការបកប្រែ</translation>
    </message>
    <message>
        <source>What the file says, word for word (e.g. a voice note)</source>
        <translation>អ្វីដែលឯកសារនិយាយ ពាក្យដោយពាក្យ (ឧ. សារជាសំឡេង)</translation>
    </message>
    <message>
        <source>Translation, e.g. into English or Khmer</source>
        <translation>ការបកប្រែ ឧ. ជាភាសាអង់គ្លេស ឬខ្មែរ</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>រក្សាទុកអត្ថបទ</translation>
    </message>
    <message>
        <source>Transcription:</source>
        <translation>ការចម្លងជាអក្សរ៖</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>ការបកប្រែ៖</translation>
    </message>
    <message>
        <source>Text read from the image</source>
        <translation>អត្ថបទដែលអានពីរូបភាព</translation>
    </message>
    <message>
        <source>Not read yet. Reading runs in the sandboxed decoder (Tesseract).</source>
        <translation>មិនទាន់បានអាន។ ការអានដំណើរការក្នុងកម្មវិធីបំលែងដាច់ដោយឡែក (Tesseract)។</translation>
    </message>
    <message>
        <source>Read text</source>
        <translation>អានអត្ថបទ</translation>
    </message>
    <message>
        <source>Use as the client&apos;s identity document…</source>
        <translation>ប្រើជាឯកសារអត្តសញ្ញាណរបស់កូនក្តី…</translation>
    </message>
    <message>
        <source>No text could be read: {reason}</source>
        <translation>មិនអាចអានអត្ថបទបានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>As Tesseract read it ({languages}). Correct it as the transcription below; both are kept.</source>
        <translation>ដូចដែល Tesseract បានអាន ({languages})។ សូមកែវាជាប្រតិចារិកខាងក្រោម។ ទាំងពីរត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>check digits hold; names have none, compare them with the page</source>
        <translation>លេខពិនិត្យត្រឹមត្រូវ។ ឈ្មោះគ្មានលេខពិនិត្យទេ សូមប្រៀបធៀបជាមួយទំព័រ</translation>
    </message>
    <message>
        <source>check digits do NOT all hold</source>
        <translation>លេខពិនិត្យមិនត្រឹមត្រូវទាំងអស់ទេ</translation>
    </message>
    <message>
        <source>Passport or ID zone: {surname}, {given} - no. {number}, born {birth}, {nationality} ({state})</source>
        <translation>តំបន់លិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណ៖ {surname}, {given} - លេខ {number}, កើត {birth}, {nationality} ({state})</translation>
    </message>
    <message>
        <source>Read text again</source>
        <translation>អានអត្ថបទម្តងទៀត</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>ខ្សែសង្វាក់នៃការរក្សាទុក</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>នរណា</translation>
    </message>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>លម្អិត</translation>
    </message>
    <message>
        <source>No provenance recorded.</source>
        <translation>មិនបានកត់ត្រាប្រភពទេ។</translation>
    </message>
    <message>
        <source>Deleted on {when} by {who}. Reason: {reason}
The file&apos;s bytes were removed; its number, SHA-256 and custody log are kept as a tombstone.</source>
        <translation>បានលុបនៅ {when} ដោយ {who}។ មូលហេតុ៖ {reason}
បៃរបស់ឯកសារត្រូវបានលុបចេញ ចំណែកលេខ SHA-256 និងកំណត់ហេតុនៃការរក្សាទុករបស់វា ត្រូវបានរក្សាទុកជាស្លាកសម្គាល់ការលុប។</translation>
    </message>
    <message>
        <source>Kept as a plain file, not read as a chat: {reason}</source>
        <translation>បានរក្សាទុកជាឯកសារធម្មតា មិនបានអានជាការជជែកទេ៖ {reason}</translation>
    </message>
    <message>
        <source>{size} ({count} bytes)</source>
        <translation>{size} ({count} បៃ)</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} ដោយ {who}</translation>
    </message>
    <message>
        <source>Attachment of:</source>
        <translation>ឯកសារភ្ជាប់នៃ៖</translation>
    </message>
    <message>
        <source>{label} (show the original)</source>
        <translation>{label} (បង្ហាញច្បាប់ដើម)</translation>
    </message>
    <message>
        <source>{label} (show the chat)</source>
        <translation>{label} (បង្ហាញការជជែក)</translation>
    </message>
    <message>
        <source>Stored as it is in the chat export (message #{seq}): the same bytes, nothing re-encoded.</source>
        <translation>បានរក្សាទុកដូចដែលវាមានក្នុងឯកសារនាំចេញការជជែក (សារ #{seq})៖ បៃដដែល គ្មានអ្វីត្រូវបានអ៊ិនកូដឡើងវិញទេ។</translation>
    </message>
    <message>
        <source>Stored as it is in the chat export: the same bytes, nothing re-encoded.</source>
        <translation>បានរក្សាទុកដូចដែលវាមានក្នុងឯកសារនាំចេញការជជែក៖ បៃដដែល គ្មានអ្វីត្រូវបានអ៊ិនកូដឡើងវិញទេ។</translation>
    </message>
    <message>
        <source>{count} area(s) blacked out</source>
        <translation>បានបិទបាំង {count} តំបន់</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>បានកាត់</translation>
    </message>
    <message>
        <source>rotated {degrees}°</source>
        <translation>បានបង្វិល {degrees}°</translation>
    </message>
    <message>
        <source>rebuilt from pixels, no metadata</source>
        <translation>បានបង្កើតឡើងវិញពីភីកសែល គ្មានទិន្នន័យមេតា</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>មិនបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>Attachments stored from the chat export</source>
        <translation>ឯកសារភ្ជាប់ដែលបានរក្សាទុកពីឯកសារនាំចេញការជជែក</translation>
    </message>
    <message>
        <source>Attachments and copies made from it</source>
        <translation>ឯកសារភ្ជាប់ និងច្បាប់ចម្លងដែលបានធ្វើពីវា</translation>
    </message>
    <message>
        <source>Show location</source>
        <translation>បង្ហាញទីតាំង</translation>
    </message>
    <message>
        <source>The photo records where it was taken. It can reveal where the client, their family or a witness lives or hid. Show it only when nobody else can see this screen.</source>
        <translation>រូបថតកត់ត្រាកន្លែងដែលវាត្រូវបានថត។ វាអាចបង្ហាញកន្លែងដែលកូនក្តី គ្រួសាររបស់ពួកគេ ឬសាក្សីរស់នៅ ឬលាក់ខ្លួន។ សូមបង្ហាញវាតែពេលដែលគ្មាននរណាផ្សេងអាចមើលឃើញអេក្រង់នេះ។</translation>
    </message>
    <message>
        <source>Latitude {lat}, longitude {lon}</source>
        <translation>រយៈទទឹង {lat}, រយៈបណ្តោយ {lon}</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>English</source>
        <translation>អង់គ្លេស</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ខ្មែរ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ថៃ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>ឯកសារ Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <source>Your role does not allow exporting evidence. Ask a lawyer or an admin.</source>
        <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យនាំចេញភស្តុតាងទេ។ សូមស្នើមេធាវី ឬអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>Export a working copy</source>
        <translation>នាំចេញច្បាប់ចម្លងសម្រាប់ធ្វើការ</translation>
    </message>
    <message>
        <source>This writes a copy of {label} outside the encrypted vault, to a place you choose. Anyone who can open that folder can open the copy. The export is recorded in the exhibit&apos;s chain of custody. Delete the copy when you no longer need it.</source>
        <translation>ការនេះសរសេរច្បាប់ចម្លងនៃ {label} នៅខាងក្រៅឃ្លាំងសម្ងាត់ដែលបានអ៊ិនគ្រីប ទៅកន្លែងដែលអ្នកជ្រើស។ អ្នកណាដែលអាចបើកថតនោះ អាចបើកច្បាប់ចម្លងនោះបាន។ ការនាំចេញត្រូវបានកត់ត្រាក្នុងខ្សែសង្វាក់នៃការរក្សាទុករបស់វត្ថុតាង។ សូមលុបច្បាប់ចម្លងនោះ ពេលអ្នកលែងត្រូវការវា។</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>ជ្រើសកន្លែង…</translation>
    </message>
    <message>
        <source>Save a working copy</source>
        <translation>រក្សាទុកច្បាប់ចម្លងសម្រាប់ធ្វើការ</translation>
    </message>
    <message>
        <source>The working copy was saved as:
{path}</source>
        <translation>ច្បាប់ចម្លងសម្រាប់ធ្វើការត្រូវបានរក្សាទុកជា៖
{path}</translation>
    </message>
    <message>
        <source>Exporting a working copy…</source>
        <translation>កំពុងនាំចេញច្បាប់ចម្លងសម្រាប់ធ្វើការ…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>រូបភាព</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>ឯកសារ PDF</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>សំឡេង</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>វីដេអូ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <source>Chat export</source>
        <translation>ឯកសារនាំចេញការជជែក</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>ឯកសារផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Stored as an attachment of a chat</source>
        <translation>បានរក្សាទុកជាឯកសារភ្ជាប់នៃការជជែក</translation>
    </message>
    <message>
        <source>One of its attachments stored</source>
        <translation>ឯកសារភ្ជាប់មួយរបស់វាត្រូវបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Made as a redacted copy</source>
        <translation>បានធ្វើជាច្បាប់ចម្លងបិទបាំង</translation>
    </message>
    <message>
        <source>Redacted copy made from it</source>
        <translation>ច្បាប់ចម្លងបិទបាំងត្រូវបានធ្វើពីវា</translation>
    </message>
    <message>
        <source>Made as a cropped copy</source>
        <translation>បានធ្វើជាច្បាប់ចម្លងដែលបានកាត់</translation>
    </message>
    <message>
        <source>Cropped copy made from it</source>
        <translation>ច្បាប់ចម្លងដែលបានកាត់ត្រូវបានធ្វើពីវា</translation>
    </message>
    <message>
        <source>Made as a rotated copy</source>
        <translation>បានធ្វើជាច្បាប់ចម្លងដែលបានបង្វិល</translation>
    </message>
    <message>
        <source>Rotated copy made from it</source>
        <translation>ច្បាប់ចម្លងដែលបានបង្វិលត្រូវបានធ្វើពីវា</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>បាននាំចូល</translation>
    </message>
    <message>
        <source>Viewed in Saksi</source>
        <translation>បានមើលក្នុង Saksi</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>បាននាំចេញ</translation>
    </message>
    <message>
        <source>Made as a copy</source>
        <translation>បានធ្វើជាច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>Copy made from it</source>
        <translation>ច្បាប់ចម្លងត្រូវបានធ្វើពីវា</translation>
    </message>
    <message>
        <source>Provenance added</source>
        <translation>បានបន្ថែមប្រភព</translation>
    </message>
    <message>
        <source>Transcription or translation edited</source>
        <translation>បានកែការចម្លងជាអក្សរ ឬការបកប្រែ</translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation>បានប្តូរលេខ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <source>Read as a chat export</source>
        <translation>បានអានជាឯកសារនាំចេញការជជែក</translation>
    </message>
    <message>
        <source>Chat dates read in another order</source>
        <translation>កាលបរិច្ឆេទការជជែកបានអានតាមលំដាប់ផ្សេង</translation>
    </message>
    <message>
        <source>Not read as a chat export</source>
        <translation>មិនបានអានជាឯកសារនាំចេញការជជែកទេ</translation>
    </message>
    <message>
        <source>Text read from the image</source>
        <translation>អត្ថបទដែលអានពីរូបភាព</translation>
    </message>
    <message>
        <source>Description changed</source>
        <translation>បានប្តូរការពិពណ៌នា</translation>
    </message>
    <message>
        <source>attachment of {label}</source>
        <translation>ឯកសារភ្ជាប់នៃ {label}</translation>
    </message>
    <message>
        <source>from {label}</source>
        <translation>ពី {label}</translation>
    </message>
    <message>
        <source>was: {previous}</source>
        <translation>ពីមុន៖ {previous}</translation>
    </message>
    <message>
        <source>pasted, re-encoded from the clipboard</source>
        <translation>បានបិទភ្ជាប់ ហើយអ៊ិនកូដឡើងវិញពីក្តារតម្បៀតខ្ទាស់</translation>
    </message>
    <message>
        <source>pasted: the clipboard&apos;s own bytes</source>
        <translation>បានបិទភ្ជាប់៖ បៃផ្ទាល់របស់ក្តារតម្បៀតខ្ទាស់</translation>
    </message>
    <message>
        <source>Dimensions: {w} × {h} pixels</source>
        <translation>វិមាត្រ៖ {w} × {h} ភីកសែល</translation>
    </message>
    <message>
        <source>Format: {value}</source>
        <translation>ទម្រង់៖ {value}</translation>
    </message>
    <message>
        <source>Taken: {value}</source>
        <translation>ថតនៅ៖ {value}</translation>
    </message>
    <message>
        <source>Camera or phone maker: {value}</source>
        <translation>ក្រុមហ៊ុនផលិតកាមេរ៉ា ឬទូរស័ព្ទ៖ {value}</translation>
    </message>
    <message>
        <source>Model: {value}</source>
        <translation>ម៉ូដែល៖ {value}</translation>
    </message>
    <message>
        <source>Software: {value}</source>
        <translation>កម្មវិធី៖ {value}</translation>
    </message>
    <message>
        <source>EXIF orientation: {value}</source>
        <translation>ទិសដៅ EXIF៖ {value}</translation>
    </message>
    <message>
        <source>Pages: {value}</source>
        <translation>ទំព័រ៖ {value}</translation>
    </message>
    <message>
        <source>Duration: {value} s</source>
        <translation>រយៈពេល៖ {value} វិនាទី</translation>
    </message>
    <message>
        <source>The PDF is password-protected.</source>
        <translation>PDF នេះមានពាក្យសម្ងាត់ការពារ។</translation>
    </message>
    <message>
        <source>Recorded {when} by {who}</source>
        <translation>កត់ត្រា {when} ដោយ {who}</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>ទទួលពី</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>ទទួលនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>មធ្យោបាយ</translation>
    </message>
    <message>
        <source>App or device</source>
        <translation>កម្មវិធី ឬឧបករណ៍</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ឈ្មោះឯកសារ</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>រូបភាព</translation>
    </message>
    <message>
        <source>AUDIO</source>
        <translation>សំឡេង</translation>
    </message>
    <message>
        <source>VIDEO</source>
        <translation>វីដេអូ</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <source>CHAT</source>
        <translation>ការជជែក</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <source>Deleted; only its tombstone remains.</source>
        <translation>បានលុប សល់តែស្លាកសម្គាល់ការលុបប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>កំពុងផ្ទុក…</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>គ្មានការមើលជាមុន</translation>
    </message>
    <message>
        <source>{name}: refused: {reason}</source>
        <translation>{name}៖ ត្រូវបានបដិសេធ៖ {reason}</translation>
    </message>
    <message>
        <source>{name}: already exhibit {label} (the new provenance was added to it)</source>
        <translation>{name}៖ ជាវត្ថុតាង {label} រួចហើយ (ប្រភពថ្មីត្រូវបានបន្ថែមទៅវា)</translation>
    </message>
    <message>
        <source>{name}: stored as {label}</source>
        <translation>{name}៖ រក្សាទុកជា {label}</translation>
    </message>
    <message>
        <source>Saksi does not show this image format itself; export a working copy to open it.</source>
        <translation>Saksi មិនបង្ហាញទម្រង់រូបភាពនេះដោយខ្លួនឯងទេ សូមនាំចេញច្បាប់ចម្លងសម្រាប់ធ្វើការ ដើម្បីបើកវា។</translation>
    </message>
    <message>
        <source>The image could not be shown: {reason}</source>
        <translation>មិនអាចបង្ហាញរូបភាពបានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>ប្រតិចារិក</translation>
    </message>
    <message>
        <source>Pasted from the clipboard: its own {type} bytes, stored unchanged.</source>
        <translation>បានបិទភ្ជាប់ពីក្តារតម្បៀតខ្ទាស់៖ បៃ {type} ផ្ទាល់របស់វា ត្រូវបានរក្សាទុកដោយមិនផ្លាស់ប្តូរ។</translation>
    </message>
    <message>
        <source>Pasted from the clipboard, which gave only a picture, not a file: Saksi re-encoded it as PNG, so these are not the bytes of the original screenshot.</source>
        <translation>បានបិទភ្ជាប់ពីក្តារតម្បៀតខ្ទាស់ ដែលផ្តល់តែរូបភាព មិនមែនឯកសារ៖ Saksi បានអ៊ិនកូដវាឡើងវិញជា PNG ដូច្នេះបៃទាំងនេះមិនមែនជាបៃនៃរូបអេក្រង់ដើមទេ។</translation>
    </message>
</context>
<context>
    <name>EvidenceArea</name>
    <message>
        <source>Find a case</source>
        <translation>ស្វែងរកសំណុំរឿង</translation>
    </message>
    <message>
        <source>Type part of a reference or of the client&apos;s name</source>
        <translation>វាយផ្នែកមួយនៃលេខយោង ឬឈ្មោះកូនក្តី</translation>
    </message>
    <message>
        <source>Verify all evidence</source>
        <translation>ផ្ទៀងផ្ទាត់ភស្តុតាងទាំងអស់</translation>
    </message>
    <message>
        <source>Re-read every stored file and compare it with its SHA-256</source>
        <translation>អានរាល់ឯកសារដែលបានរក្សាទុកម្តងទៀត ហើយប្រៀបធៀបវាជាមួយ SHA-256 របស់វា</translation>
    </message>
    <message>
        <source>Choose a case to see its evidence.</source>
        <translation>ជ្រើសសំណុំរឿងមួយ ដើម្បីមើលភស្តុតាងរបស់វា។</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ភស្តុតាង</translation>
    </message>
    <message>
        <source>— choose a case —</source>
        <translation>— ជ្រើសសំណុំរឿង —</translation>
    </message>
    <message>
        <source>Checking every stored file…</source>
        <translation>កំពុងពិនិត្យរាល់ឯកសារដែលបានរក្សាទុក…</translation>
    </message>
    <message>
        <source>Checked at {time}: all {count} stored file(s) match their SHA-256.</source>
        <translation>បានពិនិត្យនៅម៉ោង {time}៖ ឯកសារដែលបានរក្សាទុកទាំង {count} ត្រូវនឹង SHA-256 របស់វា។</translation>
    </message>
    <message>
        <source>Checked at {time}: {bad} file(s) do not match their SHA-256.</source>
        <translation>បានពិនិត្យនៅម៉ោង {time}៖ ឯកសារ {bad} មិនត្រូវនឹង SHA-256 របស់វាទេ។</translation>
    </message>
    <message>
        <source>Restore the vault from a backup, and keep this damaged copy for inspection.</source>
        <translation>សូមស្តារឃ្លាំងសម្ងាត់ពីច្បាប់ចម្លងបម្រុងទុក ហើយរក្សាច្បាប់ចម្លងដែលខូចនេះទុកសម្រាប់ការត្រួតពិនិត្យ។</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Read text</source>
        <translation>អានអត្ថបទ</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>បន្ថែមឯកសារ…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>បន្ថែមថត…</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>បិទភ្ជាប់រូបអេក្រង់</translation>
    </message>
    <message>
        <source>Import the image on the clipboard (Ctrl+V)</source>
        <translation>នាំចូលរូបភាពដែលនៅលើក្តារតម្បៀតខ្ទាស់ (Ctrl+V)</translation>
    </message>
    <message>
        <source>Search exhibits</source>
        <translation>ស្វែងរកវត្ថុតាង</translation>
    </message>
    <message>
        <source>File names, descriptions, transcriptions and translations</source>
        <translation>ឈ្មោះឯកសារ ការពិពណ៌នា ការចម្លងជាអក្សរ និងការបកប្រែ</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>បង្ហាញដែលបានលុប</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>ក្រឡា</translation>
    </message>
    <message>
        <source>List</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>នាំចេញកញ្ចប់…</translation>
    </message>
    <message>
        <source>Drop files or folders here, or paste a screenshot (Ctrl+V). Originals are kept byte for byte.</source>
        <translation>ទម្លាក់ឯកសារ ឬថតនៅទីនេះ ឬបិទភ្ជាប់រូបថតអេក្រង់ (Ctrl+V)។ ច្បាប់ដើមត្រូវបានរក្សាទុកដដែលគ្រប់បៃ។</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>បន្ថែមឯកសារភស្តុតាង</translation>
    </message>
    <message>
        <source>Add every file in a folder</source>
        <translation>បន្ថែមឯកសារទាំងអស់ក្នុងថតមួយ</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>បន្ថែមភស្តុតាង</translation>
    </message>
    <message>
        <source>There are no files to import there.</source>
        <translation>គ្មានឯកសារសម្រាប់នាំចូលនៅទីនោះទេ។</translation>
    </message>
    <message>
        <source>Importing {count} file(s)…</source>
        <translation>កំពុងនាំចូលឯកសារ {count}…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>បិទភ្ជាប់</translation>
    </message>
    <message>
        <source>The clipboard holds no image and no files.</source>
        <translation>ក្តារតម្បៀតខ្ទាស់គ្មានរូបភាព និងគ្មានឯកសារទេ។</translation>
    </message>
    <message>
        <source>Importing the screenshot…</source>
        <translation>កំពុងនាំចូលរូបថតអេក្រង់…</translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation>កំពុងបើក {label}…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>បិទបាំង</translation>
    </message>
    <message>
        <source>The image is too large to make a copy in Saksi.</source>
        <translation>រូបភាពធំពេក មិនអាចធ្វើច្បាប់ចម្លងក្នុង Saksi បានទេ។</translation>
    </message>
    <message>
        <source>Deleting {label}…</source>
        <translation>កំពុងលុប {label}…</translation>
    </message>
    <message>
        <source>Reading the text of {label}…</source>
        <translation>កំពុងអានអត្ថបទនៃ {label}…</translation>
    </message>
    <message>
        <source>{label} is not a chat export; it is left as it is.</source>
        <translation>{label} មិនមែនជាឯកសារនាំចេញការជជែកទេ វាត្រូវបានទុកដដែល។</translation>
    </message>
    <message>
        <source>Read as a chat</source>
        <translation>អានជាការជជែក</translation>
    </message>
    <message>
        <source>Reading {label} as a chat…</source>
        <translation>កំពុងអាន {label} ជាការជជែក…</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>ឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>The case already has these details.</source>
        <translation>សំណុំរឿងមានព័ត៌មានទាំងនេះរួចហើយ។</translation>
    </message>
    <message>
        <source>Fill these empty fields of the case from {label}?</source>
        <translation>បំពេញវាលទទេទាំងនេះនៃសំណុំរឿងពី {label}?</translation>
    </message>
    <message>
        <source>Fill them</source>
        <translation>បំពេញ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange folder</source>
        <translation>ថតផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Choose the shared folder…</source>
        <translation>ជ្រើសរើសថតដែលចែករំលែក…</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>កញ្ចប់</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>មើលម្តងទៀត</translation>
    </message>
    <message>
        <source>Import waiting packages</source>
        <translation>នាំចូលកញ្ចប់ដែលកំពុងរង់ចាំ</translation>
    </message>
    <message>
        <source>Shared folder:</source>
        <translation>ថតដែលចែករំលែក៖</translation>
    </message>
    <message>
        <source>Share one folder with each partner office in Syncthing (never the vault). Saksi puts packages for a partner in its inbox there and imports what partners put in this office&apos;s inbox. Packages from an office that is not a recorded partner are left there and listed.</source>
        <translation>ចែករំលែកថតមួយជាមួយការិយាល័យដៃគូនីមួយៗក្នុង Syncthing (កុំចែករំលែកឃ្លាំងសម្ងាត់ឡើយ)។ Saksi ដាក់កញ្ចប់សម្រាប់ដៃគូក្នុងប្រអប់សំបុត្ររបស់ដៃគូនោះ ហើយនាំចូលអ្វីដែលដៃគូដាក់ក្នុងប្រអប់សំបុត្ររបស់ការិយាល័យនេះ។ កញ្ចប់ពីការិយាល័យដែលមិនមែនជាដៃគូដែលបានកត់ត្រា ត្រូវបានទុកនៅទីនោះ ហើយបង្ហាញក្នុងបញ្ជី។</translation>
    </message>
    <message>
        <source>In this office&apos;s inbox:</source>
        <translation>ក្នុងប្រអប់សំបុត្ររបស់ការិយាល័យនេះ៖</translation>
    </message>
    <message>
        <source>The folder shared with partners</source>
        <translation>ថតដែលចែករំលែកជាមួយដៃគូ</translation>
    </message>
    <message>
        <source>None chosen yet.</source>
        <translation>មិនទាន់បានជ្រើសរើសនៅឡើយ។</translation>
    </message>
    <message>
        <source>The shared folder {folder} is not there.</source>
        <translation>ថតដែលចែករំលែក {folder} មិនមាននៅទីនោះទេ។</translation>
    </message>
    <message>
        <source>Looking in the shared folder…</source>
        <translation>កំពុងមើលក្នុងថតដែលចែករំលែក…</translation>
    </message>
    <message>
        <source>imported before</source>
        <translation>បាននាំចូលពីមុន</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{partner}: {count} package(s)</source>
        <translation>{partner}៖ កញ្ចប់ {count}</translation>
    </message>
    <message>
        <source>Sent and in partners&apos; inboxes: {list}</source>
        <translation>បានផ្ញើ ហើយនៅក្នុងប្រអប់សំបុត្ររបស់ដៃគូ៖ {list}</translation>
    </message>
    <message>
        <source>Importing packages…</source>
        <translation>កំពុងនាំចូលកញ្ចប់…</translation>
    </message>
    <message>
        <source>{imported} imported, {left} left, {seen} seen before.</source>
        <translation>បាននាំចូល {imported} ទុកចោល {left} បានឃើញពីមុន {seen}។</translation>
    </message>
    <message>
        <source>{file}: {reference}, {taken} change(s) taken, {conflicts} conflict(s)</source>
        <translation>{file}៖ {reference} យកការផ្លាស់ប្តូរ {taken} ការប៉ះទង្គិច {conflicts}</translation>
    </message>
    <message>
        <source>{file} left: {why}</source>
        <translation>{file} ត្រូវបានទុកចោល៖ {why}</translation>
    </message>
</context>
<context>
    <name>FormTab</name>
    <message>
        <source>The partner organisation, e.g. a legal aid office in Bangkok</source>
        <translation>អង្គការដៃគូ ឧទាហរណ៍ ការិយាល័យជំនួយផ្លូវច្បាប់នៅបាងកក</translation>
    </message>
    <message>
        <source>age1… (optional: without it Saksi makes a passphrase)</source>
        <translation>age1… (ស្រេចចិត្ត៖ បើគ្មាន Saksi បង្កើតឃ្លាសម្ងាត់មួយ)</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>ផ្នែកនៃសំណុំរឿង</translation>
    </message>
    <message>
        <source>Record the client&apos;s consent…</source>
        <translation>កត់ត្រាការយល់ព្រមរបស់កូនក្តី…</translation>
    </message>
    <message>
        <source>Save form…</source>
        <translation>រក្សាទុកលិខិត…</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>ជូន៖</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <source>Their age key:</source>
        <translation>សោ age របស់ពួកគេ៖</translation>
    </message>
    <message>
        <source>A PDF summary in the partner&apos;s language and the same in HTCDS JSON, in one file encrypted with age: the partner opens it with the free age tool (age -d), no Saksi needed.</source>
        <translation>សេចក្តីសង្ខេប PDF ជាភាសារបស់ដៃគូ និងដូចគ្នាជា HTCDS JSON ក្នុងឯកសារមួយដែលបានអ៊ិនគ្រីបដោយ age៖ ដៃគូបើកវាដោយឧបករណ៍ age ឥតគិតថ្លៃ (age -d) មិនត្រូវការ Saksi ទេ។</translation>
    </message>
    <message>
        <source>Name the partner organisation the form is for.</source>
        <translation>សូមដាក់ឈ្មោះអង្គការដៃគូដែលលិខិតនេះសម្រាប់។</translation>
    </message>
    <message>
        <source>No recorded consent allows sending these parts to {recipient}.</source>
        <translation>គ្មានការយល់ព្រមដែលបានកត់ត្រាណាមួយអនុញ្ញាតឱ្យផ្ញើផ្នែកទាំងនេះទៅ {recipient} ទេ។</translation>
    </message>
    <message>
        <source>The client&apos;s consent covers this form.</source>
        <translation>ការយល់ព្រមរបស់កូនក្តីគ្របដណ្តប់លិខិតនេះ។</translation>
    </message>
    <message>
        <source>Record that the client agreed to send these parts of the case to {partner}? Do this only when they did, and were told what will be sent.</source>
        <translation>កត់ត្រាថាកូនក្តីបានយល់ព្រមផ្ញើផ្នែកទាំងនេះនៃសំណុំរឿងទៅ {partner} ឬ? ធ្វើដូច្នេះតែនៅពេលពួកគេបានយល់ព្រម ហើយត្រូវបានប្រាប់ពីអ្វីដែលនឹងត្រូវផ្ញើ។</translation>
    </message>
    <message>
        <source>Consent to referral</source>
        <translation>ការយល់ព្រមលើការបញ្ជូន</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>កត់ត្រាការយល់ព្រម</translation>
    </message>
    <message>
        <source>Referral form for {partner}</source>
        <translation>លិខិតបញ្ជូនសម្រាប់ {partner}</translation>
    </message>
    <message>
        <source>Save the referral form</source>
        <translation>រក្សាទុកលិខិតបញ្ជូន</translation>
    </message>
    <message>
        <source>Writing the form…</source>
        <translation>កំពុងសរសេរលិខិត…</translation>
    </message>
    <message>
        <source>{path} is encrypted with this passphrase, shown only now:

{passphrase}

Read it to the partner by phone; never send it with the file. They open the file with: age -d -o referral.zip FILE</source>
        <translation>{path} ត្រូវបានអ៊ិនគ្រីបដោយឃ្លាសម្ងាត់នេះ ដែលបង្ហាញតែពេលនេះប៉ុណ្ណោះ៖

{passphrase}

សូមអានវាជូនដៃគូតាមទូរស័ព្ទ កុំផ្ញើវាជាមួយឯកសារឡើយ។ ពួកគេបើកឯកសារដោយ៖ age -d -o referral.zip FILE</translation>
    </message>
    <message>
        <source>{path} is encrypted to the partner&apos;s age key: only they can open it.</source>
        <translation>{path} ត្រូវបានអ៊ិនគ្រីបទៅសោ age របស់ដៃគូ៖ មានតែពួកគេទេដែលអាចបើកវាបាន។</translation>
    </message>
    <message>
        <source>Form saved</source>
        <translation>បានរក្សាទុកលិខិត</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Saksi user guide</source>
        <translation>សៀវភៅណែនាំអ្នកប្រើ Saksi</translation>
    </message>
</context>
<context>
    <name>Identification</name>
    <message>
        <source>Identification decision</source>
        <translation>សេចក្តីសម្រេចលើការកំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>The authority, and the officer if known, e.g. Provincial social affairs office</source>
        <translation>អាជ្ញាធរ និងមន្ត្រី បើដឹង ឧ. មន្ទីរសង្គមកិច្ចខេត្ត</translation>
    </message>
    <message>
        <source>The decision&apos;s number or file reference</source>
        <translation>លេខសេចក្តីសម្រេច ឬលេខយោងឯកសារ</translation>
    </message>
    <message>
        <source>Optional: what the decision says, an appeal...</source>
        <translation>ស្រេចចិត្ត៖ អ្វីដែលសេចក្តីសម្រេចនិយាយ បណ្តឹងឧទ្ធរណ៍...</translation>
    </message>
    <message>
        <source>Record the authority&apos;s decision as it was made. Saksi does not decide who is a victim.</source>
        <translation>កត់ត្រាសេចក្តីសម្រេចរបស់អាជ្ញាធរ ដូចដែលវាត្រូវបានធ្វើឡើង។ Saksi មិនសម្រេចថានរណាជាជនរងគ្រោះទេ។</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>លទ្ធផល៖</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>សម្រេចដោយ៖</translation>
    </message>
    <message>
        <source>Date of the decision:</source>
        <translation>កាលបរិច្ឆេទនៃសេចក្តីសម្រេច៖</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>លេខយោង៖</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>កំណត់ចំណាំ៖</translation>
    </message>
    <message>
        <source>Name the authority that made the decision.</source>
        <translation>សូមបញ្ជាក់ឈ្មោះអាជ្ញាធរដែលបានធ្វើសេចក្តីសម្រេច។</translation>
    </message>
    <message>
        <source> (decision {reference})</source>
        <translation> (សេចក្តីសម្រេចលេខ {reference})</translation>
    </message>
    <message>
        <source>No decision recorded. The drafts call the client a presumed victim (a person with indications of trafficking) and do not invoke rights that depend on identification (ACTIP art. 14(8)).</source>
        <translation>មិនទាន់មានសេចក្តីសម្រេចត្រូវបានកត់ត្រាទេ។ សេចក្តីព្រាងហៅកូនក្តីថាជាជនដែលសន្មតថាជាជនរងគ្រោះ (ជនដែលមានសញ្ញាបង្ហាញពីការជួញដូរមនុស្ស) ហើយមិនលើកយកសិទ្ធិដែលអាស្រ័យលើការកំណត់អត្តសញ្ញាណ (ACTIP មាត្រា 14(8)) ទេ។</translation>
    </message>
    <message>
        <source>Identified as a victim of trafficking by {authority} on {date}{reference}. The drafts call the client a victim and cite this decision.</source>
        <translation>ត្រូវបានកំណត់អត្តសញ្ញាណជាជនរងគ្រោះនៃការជួញដូរមនុស្សដោយ {authority} នៅ {date}{reference}។ សេចក្តីព្រាងហៅកូនក្តីថាជាជនរងគ្រោះ ហើយយោងសេចក្តីសម្រេចនេះ។</translation>
    </message>
    <message>
        <source>Not identified as a victim by {authority} on {date}{reference}. The drafts still call the client a presumed victim.</source>
        <translation>មិនត្រូវបានកំណត់អត្តសញ្ញាណជាជនរងគ្រោះដោយ {authority} នៅ {date}{reference} ទេ។ សេចក្តីព្រាងនៅតែហៅកូនក្តីថាជាជនដែលសន្មតថាជាជនរងគ្រោះ។</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>កត់ត្រាសេចក្តីសម្រេច…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>ដកចេញ…</translation>
    </message>
    <message>
        <source>Remove a decision recorded by mistake</source>
        <translation>ដកចេញសេចក្តីសម្រេចដែលបានកត់ត្រាដោយច្រឡំ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <source>Identification as a victim (the competent authority&apos;s decision)</source>
        <translation>ការកំណត់អត្តសញ្ញាណជាជនរងគ្រោះ (សេចក្តីសម្រេចរបស់អាជ្ញាធរមានសមត្ថកិច្ច)</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>កំណត់ចំណាំ៖ {note}</translation>
    </message>
    <message>
        <source>Edit the decision…</source>
        <translation>កែសេចក្តីសម្រេច…</translation>
    </message>
    <message>
        <source>Remove the decision?</source>
        <translation>ដកចេញសេចក្តីសម្រេច?</translation>
    </message>
    <message>
        <source>Remove the identification decision recorded by mistake? The drafts will call the client a presumed victim again. The case history keeps what was recorded.</source>
        <translation>ដកចេញសេចក្តីសម្រេចលើការកំណត់អត្តសញ្ញាណដែលបានកត់ត្រាដោយច្រឡំ? សេចក្តីព្រាងនឹងហៅកូនក្តីថាជាជនដែលសន្មតថាជាជនរងគ្រោះម្តងទៀត។ ប្រវត្តិសំណុំរឿងរក្សាទុកអ្វីដែលបានកត់ត្រា។</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Zoom in</source>
        <translation>ពង្រីក</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>បង្រួម</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ឱ្យសមនឹងផ្ទាំង</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>ទំហំពិត</translation>
    </message>
    <message>
        <source>Rotate view 90°</source>
        <translation>បង្វិលការមើល 90°</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Drag to move around. Rotating here changes only the view, not the exhibit.</source>
        <translation>អូសដើម្បីផ្លាស់ទីជុំវិញ។ ការបង្វិលនៅទីនេះ ផ្លាស់ប្តូរតែការមើលប៉ុណ្ណោះ មិនមែនវត្ថុតាងទេ។</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>ការនាំចូលបានបញ្ចប់</translation>
    </message>
    <message>
        <source>{stored} stored, {again} already in this case, {refused} refused.</source>
        <translation>បានរក្សាទុក {stored} មានរួចហើយក្នុងសំណុំរឿងនេះ {again} ត្រូវបានបដិសេធ {refused}។</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>ការនាំចូលត្រូវបានបោះបង់</translation>
    </message>
    <message>
        <source>Cancelled: {rest} of {total} file(s) were not imported. Nothing of them was stored.</source>
        <translation>បានបោះបង់៖ ឯកសារ {rest} នៃ {total} មិនត្រូវបាននាំចូលទេ។ គ្មានអ្វីពីឯកសារទាំងនោះត្រូវបានរក្សាទុកទេ។</translation>
    </message>
</context>
<context>
    <name>InfoPane</name>
    <message>
        <source>Saksi does not show this type of file itself.</source>
        <translation>Saksi មិនបង្ហាញប្រភេទឯកសារនេះដោយខ្លួនឯងទេ។</translation>
    </message>
    <message>
        <source>Export a working copy…</source>
        <translation>នាំចេញច្បាប់ចម្លងសម្រាប់ធ្វើការ…</translation>
    </message>
    <message>
        <source>The export is recorded in the chain of custody. The original stays in the vault.</source>
        <translation>ការនាំចេញត្រូវបានកត់ត្រាក្នុងខ្សែសង្វាក់នៃការរក្សាទុក។ ច្បាប់ដើមនៅតែក្នុងឃ្លាំងសម្ងាត់។</translation>
    </message>
    <message>
        <source>Ask a lawyer or an admin to export a working copy.</source>
        <translation>សូមស្នើមេធាវី ឬអ្នកគ្រប់គ្រង ឱ្យនាំចេញច្បាប់ចម្លងសម្រាប់ធ្វើការ។</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Interview</source>
        <translation>ការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>ការផ្លាស់ប្តូរទាំងអស់ត្រូវបានរក្សាទុក</translation>
    </message>
    <message>
        <source>e.g. Khmer</source>
        <translation>ឧ. ខ្មែរ</translation>
    </message>
    <message>
        <source>Name, or empty if none</source>
        <translation>ឈ្មោះ ឬទុកទទេប្រសិនបើគ្មាន</translation>
    </message>
    <message>
        <source>Resume interview</source>
        <translation>បន្តការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>ចាប់ផ្តើមការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ផ្អាក</translation>
    </message>
    <message>
        <source>Save, end this session and go back to the case. Resume any time.</source>
        <translation>រក្សាទុក បញ្ចប់វគ្គនេះ ហើយត្រឡប់ទៅសំណុំរឿង។ បន្តនៅពេលណាក៏បាន។</translation>
    </message>
    <message>
        <source>The interview is paused. Check the language and interpreter, then resume when the client is ready.</source>
        <translation>ការសម្ភាសន៍ត្រូវបានផ្អាក។ សូមពិនិត្យភាសា និងអ្នកបកប្រែ បន្ទាប់មកបន្ត ពេលកូនក្តីរួចរាល់។</translation>
    </message>
    <message>
        <source>Interview language:</source>
        <translation>ភាសាសម្ភាសន៍៖</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>អ្នកបកប្រែ៖</translation>
    </message>
    <message>
        <source>✓ done   ● started   ○ not started</source>
        <translation>✓ រួចរាល់   ● បានចាប់ផ្តើម   ○ មិនទាន់ចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>The questions after the list are about the first compound in it.</source>
        <translation>សំណួរបន្ទាប់ពីបញ្ជីនេះ គឺអំពីបរិវេណទីមួយក្នុងបញ្ជី។</translation>
    </message>
    <message>
        <source>This section is done</source>
        <translation>ផ្នែកនេះរួចរាល់</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>ផ្នែកបន្ទាប់</translation>
    </message>
    <message>
        <source>Account in the client&apos;s words</source>
        <translation>ការរៀបរាប់តាមពាក្យរបស់កូនក្តី</translation>
    </message>
    <message>
        <source>What the client says about this part, in their own words. Recorded once, so it need not be asked again.</source>
        <translation>អ្វីដែលកូនក្តីនិយាយអំពីផ្នែកនេះ តាមពាក្យរបស់ពួកគេផ្ទាល់។ កត់ត្រាម្តង ដូច្នេះមិនចាំបាច់សួរម្តងទៀតទេ។</translation>
    </message>
    <message>
        <source>{done} of {total} sections done</source>
        <translation>ផ្នែក {done} នៃ {total} រួចរាល់</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>កំពុងរក្សាទុក…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>មិនបានរក្សាទុក៖ {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>បានផ្ទុកឡើងវិញ</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <source>an identifier</source>
        <translation>លេខសម្គាល់</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Handle, number or name</source>
        <translation>គណនី លេខ ឬឈ្មោះ</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Name (any script)</source>
        <translation>ឈ្មោះ (អក្សរណាក៏បាន)</translation>
    </message>
    <message>
        <source>Script (optional)</source>
        <translation>អក្សរ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>លេខ ឬអាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>ទាក់ទងដោយសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>ចេញដោយ</translation>
    </message>
    <message>
        <source>Held by now</source>
        <translation>ឥឡូវកាន់ដោយ</translation>
    </message>
    <message>
        <source>a compound</source>
        <translation>បរិវេណ</translation>
    </message>
    <message>
        <source>Compound or company</source>
        <translation>បរិវេណ ឬក្រុមហ៊ុន</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <source>Country (code)</source>
        <translation>ប្រទេស (លេខកូដ)</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>មកដល់</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>a charge</source>
        <translation>បទចោទ</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>បទល្មើស</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>អាជ្ញាធរ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>លេខរឿង</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <source>Non-punishment</source>
        <translation>ការមិនដាក់ទោស</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Date (2024-03-15)</source>
        <translation>ថ្ងៃ (2024-03-15)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>What the client agreed to</source>
        <translation>អ្វីដែលកូនក្តីបានយល់ព្រម</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>ចែករំលែកជាមួយ</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>ផ្តល់នៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>ដកវិញនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>បង់ដោយ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ចំណាំ</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Please wait</source>
        <translation>សូមរង់ចាំ</translation>
    </message>
    <message>
        <source>Saksi</source>
        <translation>Saksi</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>Not to be asked again</source>
        <translation>មិនត្រូវសួរម្តងទៀត</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>មធ្យោបាយ</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>តាមរយៈ</translation>
    </message>
    <message>
        <source>How approached</source>
        <translation>របៀបដែលត្រូវបានទាក់ទង</translation>
    </message>
    <message>
        <source>Job offered</source>
        <translation>ការងារដែលបានផ្តល់ជូន</translation>
    </message>
    <message>
        <source>Salary promised</source>
        <translation>ប្រាក់ខែដែលបានសន្យា</translation>
    </message>
    <message>
        <source>Other promises</source>
        <translation>ការសន្យាផ្សេងទៀត</translation>
    </message>
    <message>
        <source>The recruiter was</source>
        <translation>អ្នកជ្រើសរើសគឺជា</translation>
    </message>
    <message>
        <source>The offer said</source>
        <translation>ការផ្តល់ជូនបាននិយាយថា</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>ការជ្រើសរើស</translation>
    </message>
    <message>
        <source>left {date}</source>
        <translation>បានចាកចេញ {date}</translation>
    </message>
    <message>
        <source>arrived {date}</source>
        <translation>បានមកដល់ {date}</translation>
    </message>
    <message>
        <source>Travelled</source>
        <translation>បានធ្វើដំណើរ</translation>
    </message>
    <message>
        <source>Arranged by</source>
        <translation>រៀបចំដោយ</translation>
    </message>
    <message>
        <source>Picked up at a border</source>
        <translation>ត្រូវបានទទួលនៅព្រំដែន</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>ទិដ្ឋាការ</translation>
    </message>
    <message>
        <source>Documents held by</source>
        <translation>ឯកសារកាន់ដោយ</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>ដំណើរធ្វើដំណើរ</translation>
    </message>
    <message>
        <source>Compound: {name}</source>
        <translation>បរិវេណ៖ {name}</translation>
    </message>
    <message>
        <source>Compound {n}</source>
        <translation>បរិវេណ {n}</translation>
    </message>
    <message>
        <source>{hours} hours a day</source>
        <translation>{hours} ម៉ោងក្នុងមួយថ្ងៃ</translation>
    </message>
    <message>
        <source>{days} days a week</source>
        <translation>{days} ថ្ងៃក្នុងមួយសប្តាហ៍</translation>
    </message>
    <message>
        <source>Forced to work on</source>
        <translation>ត្រូវបានបង្ខំឱ្យធ្វើការលើ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>Wage promised</source>
        <translation>ប្រាក់ឈ្នួលដែលបានសន្យា</translation>
    </message>
    <message>
        <source>Wage paid</source>
        <translation>ប្រាក់ឈ្នួលដែលបានបង់</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>គ្មានអ្វីត្រូវបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Debt claimed</source>
        <translation>បំណុលដែលគេទាមទារ</translation>
    </message>
    <message>
        <source>Kept there by</source>
        <translation>ត្រូវបានរក្សាទុកនៅទីនោះដោយ</translation>
    </message>
    <message>
        <source>Leaving: {how}</source>
        <translation>ការចាកចេញ៖ {how}</translation>
    </message>
    <message>
        <source>Leaving the compound</source>
        <translation>ការចាកចេញពីបរិវេណ</translation>
    </message>
    <message>
        <source>Ransom paid</source>
        <translation>ប្រាក់លោះដែលបានបង់</translation>
    </message>
    <message>
        <source>Carried out or helped by</source>
        <translation>អនុវត្ត ឬជួយដោយ</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>ការឃុំខ្លួន</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>ជាប់ឃុំ</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>តាំងពី {date}</translation>
    </message>
    <message>
        <source>still detained</source>
        <translation>នៅតែជាប់ឃុំ</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} ដង</translation>
    </message>
    <message>
        <source>distressing</source>
        <translation>ធ្វើឱ្យឈឺចាប់ផ្លូវចិត្ត</translation>
    </message>
    <message>
        <source>Basic needs met</source>
        <translation>តម្រូវការមូលដ្ឋានត្រូវបានបំពេញ</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>ត្រូវបានសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>ការគាំទ្រផ្លូវចិត្តសង្គម</translation>
    </message>
    <message>
        <source>Help to return home</source>
        <translation>ជំនួយក្នុងការវិលត្រឡប់ទៅផ្ទះ</translation>
    </message>
    <message>
        <source>Fined</source>
        <translation>ត្រូវបានពិន័យ</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>លក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>non-punishment: {state}</source>
        <translation>ការមិនដាក់ទោស៖ {state}</translation>
    </message>
    <message>
        <source>next date {date}</source>
        <translation>កាលបរិច្ឆេទបន្ទាប់ {date}</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>បទចោទ</translation>
    </message>
    <message>
        <source>Charges and proceedings</source>
        <translation>បទចោទ និងនីតិវិធី</translation>
    </message>
    <message>
        <source>No charge recorded.</source>
        <translation>មិនមានបទចោទត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>បរិវេណ</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>មិនទាន់មានអ្វីត្រូវបានកត់ត្រាទេ។</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The Khmer translation has not yet been reviewed by a native Khmer speaker.</source>
        <translation>ការបកប្រែជាភាសាខ្មែរ មិនទាន់ត្រូវបានពិនិត្យដោយអ្នកដែលមានភាសាខ្មែរជាភាសាកំណើតនៅឡើយទេ។</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>កន្លែងរក្សាទុកឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>The vault is one folder that holds every case, encrypted. It can live on this computer or a USB stick.</source>
        <translation>ឃ្លាំងសម្ងាត់គឺជាថតមួយដែលផ្ទុកសំណុំរឿងទាំងអស់ ដោយអ៊ិនគ្រីប។ វាអាចនៅលើកុំព្យូទ័រនេះ ឬលើ USB។</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើស…</translation>
    </message>
    <message>
        <source>for example: Phnom Penh office</source>
        <translation>ឧទាហរណ៍៖ ការិយាល័យភ្នំពេញ</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>ថត៖</translation>
    </message>
    <message>
        <source>Vault name:</source>
        <translation>ឈ្មោះឃ្លាំងសម្ងាត់៖</translation>
    </message>
    <message>
        <source>Choose a name about your office, never about a client: the folder name is not encrypted.</source>
        <translation>សូមជ្រើសឈ្មោះទាក់ទងនឹងការិយាល័យរបស់អ្នក មិនដែលទាក់ទងនឹងកូនក្តីទេ៖ ឈ្មោះថតមិនត្រូវបានអ៊ិនគ្រីបទេ។</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>សូមជ្រើសថតដែលមានស្រាប់។</translation>
    </message>
    <message>
        <source>Give the vault a name.</source>
        <translation>សូមដាក់ឈ្មោះឱ្យឃ្លាំងសម្ងាត់។</translation>
    </message>
    <message>
        <source>A vault name cannot start with a dot or contain any of these: {chars}</source>
        <translation>ឈ្មោះឃ្លាំងសម្ងាត់មិនអាចចាប់ផ្តើមដោយចំណុច ឬមានតួអក្សរណាមួយក្នុងចំណោមតួអក្សរទាំងនេះទេ៖ {chars}</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} មានរួចហើយ។ សូមជ្រើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <source>Choose the folder for the vault</source>
        <translation>ជ្រើសថតសម្រាប់ឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>Saksi will create the folder {path}</source>
        <translation>Saksi នឹងបង្កើតថត {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saksi</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>ចាក់សោឥឡូវ</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>ចាក់សោឃ្លាំងសម្ងាត់ឥឡូវ (Ctrl+L)</translation>
    </message>
    <message>
        <source>Close vault</source>
        <translation>បិទឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>About Saksi</source>
        <translation>អំពី Saksi</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>សៀវភៅណែនាំអ្នកប្រើ</translation>
    </message>
    <message>
        <source>Save the guide as PDF…</source>
        <translation>រក្សាទុកសៀវភៅណែនាំជា PDF…</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>ឃ្លាំងសម្ងាត់ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>ឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>បើកឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>ចងចាំលើឧបករណ៍នេះ</translation>
    </message>
    <message>
        <source>{vault} · signed in as {user} ({role})</source>
        <translation>{vault} · បានចូលជា {user} ({role})</translation>
    </message>
    <message>
        <source>Saksi is still working. Choose the language again when this is done.</source>
        <translation>Saksi នៅកំពុងធ្វើការ។ សូមជ្រើសភាសាម្តងទៀត ពេលការងារនេះរួចរាល់។</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <source>Saksi keeps case files for legal aid to people trafficked into scam compounds, encrypted and offline. Nothing is sent anywhere.</source>
        <translation>Saksi រក្សាទុកសំណុំរឿងសម្រាប់ជំនួយផ្លូវច្បាប់ដល់មនុស្សដែលត្រូវបានជួញដូរចូលទៅក្នុងបរិវេណឆបោក ដោយអ៊ិនគ្រីប និងក្រៅបណ្តាញ។ គ្មានអ្វីត្រូវបានផ្ញើទៅណាទេ។</translation>
    </message>
    <message>
        <source>Version {version}. Saksi is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), and comes with no warranty. The parts it includes, each under its own licence, are listed under Show Details; the full texts are in the licenses folder of the installation.</source>
        <translation>កំណែ {version}។ Saksi ជាកម្មវិធីសេរី ក្រោមអាជ្ញាប័ណ្ណសាធារណៈទូទៅ GNU កំណែ ៣ ឬក្រោយ (GPL-3.0-or-later) ហើយមិនមានការធានាណាមួយឡើយ។ ផ្នែកដែលវាមាន ដែលនីមួយៗស្ថិតក្រោមអាជ្ញាប័ណ្ណរបស់ខ្លួន ត្រូវបានរាយនៅក្រោម «Show Details»។ អត្ថបទពេញលេញមាននៅក្នុងថត licenses នៃការដំឡើង។</translation>
    </message>
    <message>
        <source>Save the guide as PDF in…</source>
        <translation>រក្សាទុកសៀវភៅណែនាំជា PDF ក្នុង…</translation>
    </message>
    <message>
        <source>{target} already exists.</source>
        <translation>{target} មានរួចហើយ។</translation>
    </message>
    <message>
        <source>The guide was saved as {target}.</source>
        <translation>សៀវភៅណែនាំត្រូវបានរក្សាទុកជា {target}។</translation>
    </message>
    <message>
        <source>Saksi is still working on the vault. Close it when this is done.</source>
        <translation>Saksi នៅកំពុងធ្វើការលើឃ្លាំងសម្ងាត់។ សូមបិទវា ពេលការងារនេះរួចរាល់។</translation>
    </message>
    <message>
        <source>The saved settings could not be read; Saksi uses its default settings.</source>
        <translation>មិនអាចអានការកំណត់ដែលបានរក្សាទុកបានទេ; Saksi ប្រើការកំណត់លំនាំដើមរបស់វា។</translation>
    </message>
    <message>
        <source>recent vaults</source>
        <translation>ឃ្លាំងសម្ងាត់ថ្មីៗ</translation>
    </message>
    <message>
        <source>auto-lock minutes</source>
        <translation>នាទីចាក់សោស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>reading text in imported images</source>
        <translation>ការអានអត្ថបទក្នុងរូបភាពដែលបាននាំចូល</translation>
    </message>
    <message>
        <source>These saved settings were not valid and are back at their defaults: {settings}.</source>
        <translation>ការកំណត់ដែលបានរក្សាទុកទាំងនេះមិនត្រឹមត្រូវទេ ហើយបានត្រឡប់ទៅលំនាំដើមវិញ៖ {settings}។</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Your role does not allow exporting evidence. Ask a lawyer or an admin.</source>
        <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យនាំចេញភស្តុតាងទេ។ សូមស្នើមេធាវី ឬអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>There is nothing to export: no exhibits with redacted copies.</source>
        <translation>គ្មានអ្វីសម្រាប់នាំចេញទេ៖ គ្មានវត្ថុតាងដែលមានច្បាប់ចម្លងបិទបាំងទេ។</translation>
    </message>
    <message>
        <source>There is nothing to export: no exhibits.</source>
        <translation>គ្មានអ្វីសម្រាប់នាំចេញទេ៖ គ្មានវត្ថុតាងទេ។</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>ថត {folder} មិនមានទេ។</translation>
    </message>
    <message>
        <source>{target} already exists; a bundle never overwrites anything.</source>
        <translation>{target} មានរួចហើយ កញ្ចប់ឯកសារមិនដែលសរសេរជាន់លើអ្វីទេ។</translation>
    </message>
    <message>
        <source>{label} was deleted; only its tombstone remains.</source>
        <translation>{label} ត្រូវបានលុប សល់តែស្លាកសម្គាល់ការលុបប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Invalid case: {problems}.</source>
        <translation>សំណុំរឿងមិនត្រឹមត្រូវ៖ {problems}។</translation>
    </message>
    <message>
        <source>a date must look like 2024, 2024-03 or 2024-03-15</source>
        <translation>កាលបរិច្ឆេទត្រូវមានទម្រង់ដូច 2024, 2024-03 ឬ 2024-03-15</translation>
    </message>
    <message>
        <source>a country is a two-letter ISO code, e.g. KH, TH, MM</source>
        <translation>ប្រទេសគឺជាលេខកូដ ISO ពីរអក្សរ ឧ. KH, TH, MM</translation>
    </message>
    <message>
        <source>a currency is a three-letter ISO code, e.g. USD, KHR, THB</source>
        <translation>រូបិយប័ណ្ណគឺជាលេខកូដ ISO បីអក្សរ ឧ. USD, KHR, THB</translation>
    </message>
    <message>
        <source>A case must be a JSON object.</source>
        <translation>សំណុំរឿងត្រូវតែជាវត្ថុ JSON មួយ។</translation>
    </message>
    <message>
        <source>Invalid case: {problems} (and {count} more).</source>
        <translation>សំណុំរឿងមិនត្រឹមត្រូវ៖ {problems} (និង {count} ទៀត)។</translation>
    </message>
    <message>
        <source>the month must be 01 to 12</source>
        <translation>ខែត្រូវតែពី 01 ដល់ 12</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>ចំនួនទឹកប្រាក់មិនអាចអវិជ្ជមានបានទេ</translation>
    </message>
    <message>
        <source>an identifier needs a value</source>
        <translation>លេខសម្គាល់ត្រូវការតម្លៃមួយ</translation>
    </message>
    <message>
        <source>a deadline needs a date</source>
        <translation>កាលកំណត់ត្រូវការកាលបរិច្ឆេទមួយ</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>វាលដែលមិនស្គាល់</translation>
    </message>
    <message>
        <source>a date must look like 2024-03-15</source>
        <translation>កាលបរិច្ឆេទត្រូវមានទម្រង់ដូច 2024-03-15</translation>
    </message>
    <message>
        <source>an amount is a number such as 1500 or 1500.50</source>
        <translation>ចំនួនទឹកប្រាក់គឺជាលេខ ដូចជា 1500 ឬ 1500.50</translation>
    </message>
    <message>
        <source>A reference prefix is 1 to 8 capital letters or digits, starting with a letter (e.g. KH).</source>
        <translation>បុព្វបទលេខយោងមាន 1 ដល់ 8 តួ ជាអក្សរធំ ឬលេខ ដោយចាប់ផ្តើមដោយអក្សរ (ឧ. KH)។</translation>
    </message>
    <message>
        <source>Your role does not allow deleting cases. Ask a lawyer or an admin.</source>
        <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យលុបសំណុំរឿងទេ។ សូមស្នើមេធាវី ឬអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>There is no case {reference} in this vault.</source>
        <translation>គ្មានសំណុំរឿង {reference} ក្នុងឃ្លាំងសម្ងាត់នេះទេ។</translation>
    </message>
    <message>
        <source>Your role does not allow exporting cases. Ask a lawyer or an admin.</source>
        <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យនាំចេញសំណុំរឿងទេ។ សូមស្នើមេធាវី ឬអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>គ្មានឯកសារ {path} ទេ។</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} មិនមែនជាអត្ថបទ UTF-8 ទេ។</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>{path} មិនមែនជា JSON ត្រឹមត្រូវទេ (ជួរ {line} ជួរឈរ {column}៖ {problem})។</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>មិនអាចអាន {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>There is no template &apos;{template_id}&apos;. Known: {known}.</source>
        <translation>គ្មានគំរូ &apos;{template_id}&apos; ទេ។ គំរូដែលស្គាល់៖ {known}។</translation>
    </message>
    <message>
        <source>Template &apos;{template_id}&apos; has no &apos;{language}&apos; version ({languages}).</source>
        <translation>គំរូ &apos;{template_id}&apos; គ្មានកំណែ &apos;{language}&apos; ទេ ({languages})។</translation>
    </message>
    <message>
        <source>{file}: languages.{language}: the file {text_name} is missing.</source>
        <translation>{file}៖ languages.{language}៖ ឯកសារ {text_name} បាត់។</translation>
    </message>
    <message>
        <source>{where}, line {line}: {problem}.</source>
        <translation>{where} ជួរ {line}៖ {problem}។</translation>
    </message>
    <message>
        <source>Unknown export format &apos;{kind}&apos;; use .pdf or .docx.</source>
        <translation>ទម្រង់នាំចេញ &apos;{kind}&apos; មិនស្គាល់ សូមប្រើ .pdf ឬ .docx។</translation>
    </message>
    <message>
        <source>That draft does not exist.</source>
        <translation>សេចក្តីព្រាងនោះមិនមានទេ។</translation>
    </message>
    <message>
        <source>Only a lawyer or an admin can confirm a citation for filing.</source>
        <translation>មានតែមេធាវី ឬអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចបញ្ជាក់ការយោងច្បាប់សម្រាប់ដាក់ជូនបាន។</translation>
    </message>
    <message>
        <source>Your role does not allow exporting drafts. Ask a lawyer or an admin.</source>
        <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យនាំចេញសេចក្តីព្រាងទេ។ សូមស្នើមេធាវី ឬអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>{target} already exists; choose another name.</source>
        <translation>{target} មានរួចហើយ សូមជ្រើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <source>Case {reference} has no exhibit {label}.</source>
        <translation>សំណុំរឿង {reference} គ្មានវត្ថុតាង {label} ទេ។</translation>
    </message>
    <message>
        <source>the file does not exist (or was removed).</source>
        <translation>ឯកសារនេះមិនមានទេ (ឬត្រូវបានដកចេញ)។</translation>
    </message>
    <message>
        <source>That exhibit does not exist.</source>
        <translation>វត្ថុតាងនោះមិនមានទេ។</translation>
    </message>
    <message>
        <source>Only an admin can delete evidence. The original stays as it is.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចលុបភស្តុតាងបាន។ ច្បាប់ដើមនៅតែដដែល។</translation>
    </message>
    <message>
        <source>Only images can be redacted, cropped or rotated in Saksi.</source>
        <translation>មានតែរូបភាពប៉ុណ្ណោះ ដែលអាចបិទបាំង កាត់ ឬបង្វិលក្នុង Saksi បាន។</translation>
    </message>
    <message>
        <source>The image is too large to make a copy in Saksi.</source>
        <translation>រូបភាពធំពេក មិនអាចធ្វើច្បាប់ចម្លងក្នុង Saksi បានទេ។</translation>
    </message>
    <message>
        <source>No copy could be made: {reason}</source>
        <translation>មិនអាចធ្វើច្បាប់ចម្លងបានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>Your role does not allow exporting evidence.</source>
        <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យនាំចេញភស្តុតាងទេ។</translation>
    </message>
    <message>
        <source>Saksi is not allowed to read this file.</source>
        <translation>Saksi មិនត្រូវបានអនុញ្ញាតឱ្យអានឯកសារនេះទេ។</translation>
    </message>
    <message>
        <source>the file could not be read to the end ({reason}); it may have been removed or the drive unplugged. Nothing of it was stored.</source>
        <translation>មិនអាចអានឯកសារដល់ចប់បានទេ ({reason}) ប្រហែលជាវាត្រូវបានដកចេញ ឬឧបករណ៍ផ្ទុកត្រូវបានដកចេញ។ គ្មានអ្វីពីវាត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <source>Your role does not allow exporting reports. Ask a lawyer or an admin.</source>
        <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យនាំចេញរបាយការណ៍ទេ។ សូមស្នើមេធាវី ឬអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>{folder} is not empty; choose a new or empty folder for the report.</source>
        <translation>{folder} មិនទទេទេ សូមជ្រើសថតថ្មី ឬថតទទេសម្រាប់របាយការណ៍។</translation>
    </message>
    <message>
        <source>Audit log: entry {missing} is missing (next entry is {seq}).</source>
        <translation>កំណត់ហេតុសវនកម្ម៖ ធាតុ {missing} បាត់ (ធាតុបន្ទាប់គឺ {seq})។</translation>
    </message>
    <message>
        <source>Audit log: entry {seq} does not follow the entry before it (chain broken).</source>
        <translation>កំណត់ហេតុសវនកម្ម៖ ធាតុ {seq} មិនបន្តពីធាតុមុនរបស់វាទេ (ខ្សែសង្វាក់ដាច់)។</translation>
    </message>
    <message>
        <source>Audit log: entry {seq} was altered after it was written (hash mismatch).</source>
        <translation>កំណត់ហេតុសវនកម្ម៖ ធាតុ {seq} ត្រូវបានកែប្រែក្រោយពេលវាត្រូវបានសរសេរ (hash មិនត្រូវគ្នា)។</translation>
    </message>
    <message>
        <source>Audit log: more problems not listed.</source>
        <translation>កំណត់ហេតុសវនកម្ម៖ មានបញ្ហាច្រើនទៀតដែលមិនបានរាយ។</translation>
    </message>
    <message>
        <source>A case with reference {reference} already exists.</source>
        <translation>សំណុំរឿងដែលមានលេខយោង {reference} មានរួចហើយ។</translation>
    </message>
    <message>
        <source>A case with id {case_id} already exists in this vault.</source>
        <translation>សំណុំរឿងដែលមាន id {case_id} មានរួចហើយក្នុងឃ្លាំងសម្ងាត់នេះ។</translation>
    </message>
    <message>
        <source>Say why the case is deleted; the reason is kept in the audit log.</source>
        <translation>សូមប្រាប់មូលហេតុដែលលុបសំណុំរឿង មូលហេតុនោះត្រូវបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <source>That case does not exist (or was deleted).</source>
        <translation>សំណុំរឿងនោះមិនមានទេ (ឬត្រូវបានលុប)។</translation>
    </message>
    <message>
        <source>Someone saved this case after you opened it. Your changes were not saved; reopen the case and apply them again.</source>
        <translation>មាននរណាម្នាក់បានរក្សាទុកសំណុំរឿងនេះ ក្រោយពេលអ្នកបានបើកវា។ ការផ្លាស់ប្តូររបស់អ្នកមិនត្រូវបានរក្សាទុកទេ សូមបើកសំណុំរឿងម្តងទៀត ហើយធ្វើការផ្លាស់ប្តូរនោះឡើងវិញ។</translation>
    </message>
    <message>
        <source>That case does not exist (or was already deleted).</source>
        <translation>សំណុំរឿងនោះមិនមានទេ (ឬត្រូវបានលុបរួចហើយ)។</translation>
    </message>
    <message>
        <source>The database file {file} is missing from the vault folder.</source>
        <translation>ឯកសារមូលដ្ឋានទិន្នន័យ {file} បាត់ពីថតឃ្លាំងសម្ងាត់។</translation>
    </message>
    <message>
        <source>This copy of Saksi was built without encryption support; it refuses to open the vault.</source>
        <translation>Saksi ច្បាប់នេះត្រូវបានបង្កើតដោយគ្មានការគាំទ្រការអ៊ិនគ្រីប វាបដិសេធមិនបើកឃ្លាំងសម្ងាត់ទេ។</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written. The last change was not saved and the vault is intact.</source>
        <translation>ថាសពេញ ឬមិនអាចសរសេរបាន។ ការផ្លាស់ប្តូរចុងក្រោយមិនត្រូវបានរក្សាទុកទេ ហើយឃ្លាំងសម្ងាត់នៅដដែល។</translation>
    </message>
    <message>
        <source>The vault database{where} cannot be decrypted although the key is right: its first page is damaged or was tampered with.</source>
        <translation>មូលដ្ឋានទិន្នន័យឃ្លាំងសម្ងាត់{where} មិនអាចឌិគ្រីបបានទេ ទោះបីសោត្រឹមត្រូវក៏ដោយ៖ ទំព័រទីមួយរបស់វាខូច ឬត្រូវបានគេកែបន្លំ។</translation>
    </message>
    <message>
        <source>The vault database{where} is damaged or was tampered with (database disk image is malformed).</source>
        <translation>មូលដ្ឋានទិន្នន័យឃ្លាំងសម្ងាត់{where} ខូច ឬត្រូវបានគេកែបន្លំ (database disk image is malformed)។</translation>
    </message>
    <message>
        <source>The vault database{where} cannot be opened (missing, or no permission).</source>
        <translation>មិនអាចបើកមូលដ្ឋានទិន្នន័យឃ្លាំងសម្ងាត់{where} បានទេ (បាត់ ឬគ្មានការអនុញ្ញាត)។</translation>
    </message>
    <message>
        <source>The vault{where} is on a read-only disk or folder.</source>
        <translation>ឃ្លាំងសម្ងាត់{where} ស្ថិតនៅលើថាស ឬថតដែលអាចអានបានតែប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>The vault is busy in another window or program. Try again in a moment.</source>
        <translation>ឃ្លាំងសម្ងាត់កំពុងរវល់នៅក្នុងបង្អួច ឬកម្មវិធីផ្សេង។ សូមព្យាយាមម្តងទៀតបន្តិចទៀត។</translation>
    </message>
    <message>
        <source>The disk holding the vault{where} reported a read error.</source>
        <translation>ថាសដែលផ្ទុកឃ្លាំងសម្ងាត់{where} បានរាយការណ៍កំហុសក្នុងការអាន។</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so the vault cannot be remembered here.</source>
        <translation>កុំព្យូទ័រនេះគ្មាន keyring ដែលមានសុវត្ថិភាពទេ ដូច្នេះមិនអាចចងចាំឃ្លាំងសម្ងាត់នៅទីនេះបានទេ។</translation>
    </message>
    <message>
        <source>The keyring on this computer keeps secrets in a plain file, so the vault will not be remembered here.</source>
        <translation>keyring លើកុំព្យូទ័រនេះរក្សាទុកអាថ៌កំបាំងក្នុងឯកសារធម្មតា ដូច្នេះឃ្លាំងសម្ងាត់នឹងមិនត្រូវបានចងចាំនៅទីនេះទេ។</translation>
    </message>
    <message>
        <source>The keyring refused to store the key ({error}).</source>
        <translation>keyring បានបដិសេធមិនរក្សាទុកសោ ({error})។</translation>
    </message>
    <message>
        <source>Renumbering must list every exhibit of the case exactly once.</source>
        <translation>ការប្តូរលេខត្រូវរាយវត្ថុតាងនីមួយៗនៃសំណុំរឿង ម្តងគត់។</translation>
    </message>
    <message>
        <source>Say why the exhibit is deleted; the reason is kept with its tombstone.</source>
        <translation>សូមប្រាប់មូលហេតុដែលលុបវត្ថុតាង មូលហេតុនោះត្រូវបានរក្សាទុកជាមួយស្លាកសម្គាល់ការលុបរបស់វា។</translation>
    </message>
    <message>
        <source>Import cancelled; nothing of this file was stored.</source>
        <translation>ការនាំចូលត្រូវបានបោះបង់ គ្មានអ្វីពីឯកសារនេះត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>មិនអាចសរសេរ {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>There is not enough space to write {path}. Free some space and try again; nothing was changed.</source>
        <translation>គ្មានទំហំគ្រប់គ្រាន់ដើម្បីសរសេរ {path} ទេ។ សូមបង្កើនទំហំទំនេរ ហើយព្យាយាមម្តងទៀត គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>Saksi is not allowed to write {path} ({reason}).</source>
        <translation>Saksi មិនត្រូវបានអនុញ្ញាតឱ្យសរសេរ {path} ទេ ({reason})។</translation>
    </message>
    <message>
        <source>There is no user named &apos;{user}&apos; in this vault.</source>
        <translation>គ្មានអ្នកប្រើឈ្មោះ &apos;{user}&apos; ក្នុងឃ្លាំងសម្ងាត់នេះទេ។</translation>
    </message>
    <message>
        <source>The passphrase is wrong for this user.</source>
        <translation>ឃ្លាសម្ងាត់ខុសសម្រាប់អ្នកប្រើនេះ។</translation>
    </message>
    <message>
        <source>This vault has no recovery code slot.</source>
        <translation>ឃ្លាំងសម្ងាត់នេះគ្មានកន្លែងសម្រាប់លេខកូដសង្គ្រោះទេ។</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>លេខកូដសង្គ្រោះខុស។</translation>
    </message>
    <message>
        <source>The key file {file} is missing from the vault folder.</source>
        <translation>ឯកសារសោ {file} បាត់ពីថតឃ្លាំងសម្ងាត់។</translation>
    </message>
    <message>
        <source>Vault and sign-ins</source>
        <translation>ឃ្លាំងសម្ងាត់ និងការចូល</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>សំណុំរឿង</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ភស្តុតាង</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>សេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>ការនាំចេញ</translation>
    </message>
    <message>
        <source>created the vault</source>
        <translation>បានបង្កើតឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>unlocked the vault</source>
        <translation>បានដោះសោឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>backed up the vault to {to}</source>
        <translation>បានបម្រុងទុកឃ្លាំងសម្ងាត់ទៅ {to}</translation>
    </message>
    <message>
        <source>restored the vault from a backup</source>
        <translation>បានស្តារឃ្លាំងសម្ងាត់ពីច្បាប់ចម្លងបម្រុងទុក</translation>
    </message>
    <message>
        <source>rotated the data key</source>
        <translation>បានផ្លាស់ប្តូរសោទិន្នន័យ</translation>
    </message>
    <message>
        <source>replaced the recovery code</source>
        <translation>បានជំនួសលេខកូដសង្គ្រោះ</translation>
    </message>
    <message>
        <source>set the longest time before the vault locks to {minutes} minutes</source>
        <translation>បានកំណត់រយៈពេលវែងបំផុតមុនពេលឃ្លាំងសម្ងាត់ចាក់សោ {minutes} នាទី</translation>
    </message>
    <message>
        <source>let this device unlock without a passphrase</source>
        <translation>បានអនុញ្ញាតឱ្យឧបករណ៍នេះដោះសោដោយគ្មានឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>made this device forget the vault</source>
        <translation>បានធ្វើឱ្យឧបករណ៍នេះភ្លេចឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>changed a vault setting</source>
        <translation>បានផ្លាស់ប្តូរការកំណត់ឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>added {cases} synthetic demo cases</source>
        <translation>បានបន្ថែមសំណុំរឿងសាកល្បងសិប្បនិម្មិត {cases}</translation>
    </message>
    <message>
        <source>added the user {user} ({role})</source>
        <translation>បានបន្ថែមអ្នកប្រើ {user} ({role})</translation>
    </message>
    <message>
        <source>removed the user {user}</source>
        <translation>បានដកអ្នកប្រើ {user} ចេញ</translation>
    </message>
    <message>
        <source>changed the role of {user}</source>
        <translation>បានផ្លាស់ប្តូរតួនាទីរបស់ {user}</translation>
    </message>
    <message>
        <source>reset the passphrase of {user}</source>
        <translation>បានកំណត់ឃ្លាសម្ងាត់របស់ {user} ឡើងវិញ</translation>
    </message>
    <message>
        <source>changed their passphrase</source>
        <translation>បានផ្លាស់ប្តូរឃ្លាសម្ងាត់របស់ខ្លួន</translation>
    </message>
    <message>
        <source>opened the case file</source>
        <translation>បានបើកសំណុំរឿង</translation>
    </message>
    <message>
        <source>edited the case file</source>
        <translation>បានកែសំណុំរឿង</translation>
    </message>
    <message>
        <source>deleted the case file</source>
        <translation>បានលុបសំណុំរឿង</translation>
    </message>
    <message>
        <source>added exhibit {exhibit}</source>
        <translation>បានបន្ថែមវត្ថុតាង {exhibit}</translation>
    </message>
    <message>
        <source>made a redacted copy {exhibit}</source>
        <translation>បានធ្វើច្បាប់ចម្លងបិទបាំង {exhibit}</translation>
    </message>
    <message>
        <source>a redacted copy of {exhibit} was made</source>
        <translation>ច្បាប់ចម្លងបិទបាំងនៃ {exhibit} ត្រូវបានធ្វើ</translation>
    </message>
    <message>
        <source>changed where exhibit {exhibit} comes from</source>
        <translation>បានផ្លាស់ប្តូរប្រភពនៃវត្ថុតាង {exhibit}</translation>
    </message>
    <message>
        <source>changed the description of exhibit {exhibit}</source>
        <translation>បានផ្លាស់ប្តូរការពិពណ៌នានៃវត្ថុតាង {exhibit}</translation>
    </message>
    <message>
        <source>renumbered exhibit {exhibit}</source>
        <translation>បានប្តូរលេខវត្ថុតាង {exhibit}</translation>
    </message>
    <message>
        <source>deleted exhibit {exhibit}</source>
        <translation>បានលុបវត្ថុតាង {exhibit}</translation>
    </message>
    <message>
        <source>viewed exhibit {exhibit}</source>
        <translation>បានមើលវត្ថុតាង {exhibit}</translation>
    </message>
    <message>
        <source>exported exhibit {exhibit} to {to}</source>
        <translation>បាននាំចេញវត្ថុតាង {exhibit} ទៅ {to}</translation>
    </message>
    <message>
        <source>read exhibit {exhibit} as a chat export</source>
        <translation>បានអានវត្ថុតាង {exhibit} ជាឯកសារនាំចេញការជជែក</translation>
    </message>
    <message>
        <source>kept exhibit {exhibit} as a plain file: it could not be read as a chat</source>
        <translation>បានរក្សាទុកវត្ថុតាង {exhibit} ជាឯកសារធម្មតា៖ វាមិនអាចអានជាការជជែកបានទេ</translation>
    </message>
    <message>
        <source>exported identifiers to {to}</source>
        <translation>បាននាំចេញអត្តសញ្ញាណសម្គាល់ទៅ {to}</translation>
    </message>
    <message>
        <source>exported the case file to {to}</source>
        <translation>បាននាំចេញសំណុំរឿងទៅ {to}</translation>
    </message>
    <message>
        <source>exported exhibits {exhibits} to {to}</source>
        <translation>បាននាំចេញវត្ថុតាង {exhibits} ទៅ {to}</translation>
    </message>
    <message>
        <source>exported the proof matrix to {to}</source>
        <translation>បាននាំចេញតារាងភស្តុតាងទៅ {to}</translation>
    </message>
    <message>
        <source>exported the findings report to {to}</source>
        <translation>បាននាំចេញរបាយការណ៍លទ្ធផលរកឃើញទៅ {to}</translation>
    </message>
    <message>
        <source>exported the audit log to {to}</source>
        <translation>បាននាំចេញកំណត់ហេតុសវនកម្មទៅ {to}</translation>
    </message>
    <message>
        <source>upgraded the vault to a newer format</source>
        <translation>បានធ្វើឱ្យឃ្លាំងសម្ងាត់ប្រសើរឡើងទៅទម្រង់ថ្មីជាង</translation>
    </message>
    <message>
        <source>renamed the office</source>
        <translation>បានប្តូរឈ្មោះការិយាល័យ</translation>
    </message>
    <message>
        <source>filled the client&apos;s identity document from exhibit {exhibit}</source>
        <translation>បានបំពេញឯកសារអត្តសញ្ញាណរបស់កូនក្តីពីវត្ថុតាង {exhibit}</translation>
    </message>
    <message>
        <source>edited the transcription or translation of exhibit {exhibit}</source>
        <translation>បានកែប្រតិចារិក ឬការបកប្រែនៃវត្ថុតាង {exhibit}</translation>
    </message>
    <message>
        <source>read the text in exhibit {exhibit}</source>
        <translation>បានអានអត្ថបទក្នុងវត្ថុតាង {exhibit}</translation>
    </message>
    <message>
        <source>read the dates of chat {exhibit} in another order</source>
        <translation>បានអានកាលបរិច្ឆេទនៃការជជែក {exhibit} តាមលំដាប់ផ្សេង</translation>
    </message>
    <message>
        <source>received exhibit {exhibit} in a referral package</source>
        <translation>បានទទួលវត្ថុតាង {exhibit} ក្នុងកញ្ចប់បញ្ជូន</translation>
    </message>
    <message>
        <source>confirmed a citation against the official text</source>
        <translation>បានបញ្ជាក់ការយោងច្បាប់ធៀបនឹងអត្ថបទផ្លូវការ</translation>
    </message>
    <message>
        <source>withdrew the confirmation of a citation</source>
        <translation>បានដកការបញ្ជាក់នៃការយោងច្បាប់</translation>
    </message>
    <message>
        <source>did something Saksi does not describe yet ({action})</source>
        <translation>បានធ្វើសកម្មភាពមួយដែល Saksi មិនទាន់ពិពណ៌នា ({action})</translation>
    </message>
    <message>
        <source>started: {action}</source>
        <translation>បានចាប់ផ្តើម៖ {action}</translation>
    </message>
    <message>
        <source>failed: {action}</source>
        <translation>បរាជ័យ៖ {action}</translation>
    </message>
    <message>
        <source>Choose one of these kinds: {kinds}.</source>
        <translation>សូមជ្រើសរើសប្រភេទមួយក្នុងចំណោមទាំងនេះ៖ {kinds}។</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្តើមនៅក្រោយកាលបរិច្ឆេទបញ្ចប់។</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} ដល់ {last}</translation>
    </message>
    <message>
        <source>{target} already exists; an export never overwrites anything.</source>
        <translation>{target} មានរួចហើយ។ ការនាំចេញមិនដែលសរសេរជាន់លើអ្វីទាំងអស់។</translation>
    </message>
    <message>
        <source>Choose either the originals as well or redacted copies only, not both.</source>
        <translation>សូមជ្រើសរើស ច្បាប់ដើមផងដែរ ឬច្បាប់ចម្លងបិទបាំងតែប៉ុណ្ណោះ មិនមែនទាំងពីរទេ។</translation>
    </message>
    <message>
        <source>The stored bytes of {label} no longer match its SHA-256; run &apos;evidence verify&apos;.</source>
        <translation>បៃដែលបានរក្សាទុករបស់ {label} លែងត្រូវនឹង SHA-256 របស់វាហើយ។ សូមដំណើរការ &apos;evidence verify&apos;។</translation>
    </message>
    <message>
        <source>A paralegal sees the identifiers of the cases they are the lawyer or paralegal of; {reference} is not one of them.</source>
        <translation>ជំនួយការច្បាប់មើលឃើញអត្តសញ្ញាណសម្គាល់ តែនៃសំណុំរឿងដែលខ្លួនជាមេធាវី ឬជំនួយការច្បាប់ប៉ុណ្ណោះ។ {reference} មិនមែនជាសំណុំរឿងមួយក្នុងចំណោមនោះទេ។</translation>
    </message>
    <message>
        <source>{path} is not a Saksi case file: its JSON is {problem}.</source>
        <translation>{path} មិនមែនជាឯកសារសំណុំរឿង Saksi ទេ៖ JSON របស់វា {problem}។</translation>
    </message>
    <message>
        <source>A file of the export could not be read to the end ({name}); nothing of the chat was stored.</source>
        <translation>ឯកសារមួយនៃឯកសារនាំចេញមិនអាចអានដល់ចប់បានទេ ({name})។ គ្មានអ្វីនៃការជជែកត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <source>{label} is not a chat export.</source>
        <translation>{label} មិនមែនជាឯកសារនាំចេញការជជែកទេ។</translation>
    </message>
    <message>
        <source>The dates of a Telegram export are written in full; there is no order to choose.</source>
        <translation>កាលបរិច្ឆេទនៃឯកសារនាំចេញ Telegram ត្រូវបានសរសេរពេញ។ គ្មានលំដាប់ត្រូវជ្រើសរើសទេ។</translation>
    </message>
    <message>
        <source>A date order is DMY, MDY or YMD, not {order}.</source>
        <translation>លំដាប់កាលបរិច្ឆេទគឺ DMY, MDY ឬ YMD មិនមែន {order} ទេ។</translation>
    </message>
    <message>
        <source>The dates of {label} cannot be read as {order}: some would not be real dates.</source>
        <translation>កាលបរិច្ឆេទនៃ {label} មិនអាចអានជា {order} បានទេ៖ ខ្លះនឹងមិនមែនជាកាលបរិច្ឆេទពិត។</translation>
    </message>
    <message>
        <source>{label} has no message #{seq}.</source>
        <translation>{label} គ្មានសារ #{seq} ទេ។</translation>
    </message>
    <message>
        <source>Choose the messages to quote.</source>
        <translation>សូមជ្រើសសារដែលត្រូវដកស្រង់។</translation>
    </message>
    <message>
        <source>{label} is not an exhibit of case {reference}.</source>
        <translation>{label} មិនមែនជាវត្ថុតាងនៃសំណុំរឿង {reference} ទេ។</translation>
    </message>
    <message>
        <source>{label} has no message of some of those numbers.</source>
        <translation>{label} គ្មានសារនៃលេខខ្លះក្នុងចំណោមលេខទាំងនោះទេ។</translation>
    </message>
    <message>
        <source>{label} is already read as a chat.</source>
        <translation>{label} ត្រូវបានអានជាការជជែករួចហើយ។</translation>
    </message>
    <message>
        <source>Only an original exhibit can be read as a chat; {label} is not one.</source>
        <translation>មានតែវត្ថុតាងច្បាប់ដើមទេ ដែលអាចអានជាការជជែកបាន។ {label} មិនមែនជាច្បាប់ដើមទេ។</translation>
    </message>
    <message>
        <source>The chat file is {size} MB; Saksi reads chat files up to {limit} MB, so it is kept as a plain file.</source>
        <translation>ឯកសារការជជែកមានទំហំ {size} MB។ សាក្សីអានឯកសារការជជែករហូតដល់ {limit} MB ដូច្នេះវាត្រូវបានរក្សាទុកជាឯកសារធម្មតា។</translation>
    </message>
    <message>
        <source>The zip file is damaged and cannot be opened; it is kept as it is.</source>
        <translation>ឯកសារ zip ខូច ហើយមិនអាចបើកបានទេ។ វាត្រូវបានរក្សាទុកដូចដើម។</translation>
    </message>
    <message>
        <source>The zip holds {count} files, more than a chat export has; it was not opened.</source>
        <translation>ឯកសារ zip មានឯកសារ {count} ច្រើនជាងឯកសារនាំចេញការជជែកមាន។ វាមិនត្រូវបានបើកទេ។</translation>
    </message>
    <message>
        <source>The zip names a file outside itself ({name}); it was not opened and is kept as it is.</source>
        <translation>ឯកសារ zip ដាក់ឈ្មោះឯកសារនៅក្រៅខ្លួនវា ({name})។ វាមិនត្រូវបានបើកទេ ហើយត្រូវបានរក្សាទុកដូចដើម។</translation>
    </message>
    <message>
        <source>The zip is encrypted; it was not opened and is kept as it is.</source>
        <translation>ឯកសារ zip ត្រូវបានអ៊ិនគ្រីប។ វាមិនត្រូវបានបើកទេ ហើយត្រូវបានរក្សាទុកដូចដើម។</translation>
    </message>
    <message>
        <source>The zip would unpack to far more than it holds (a zip bomb?); it was not opened and is kept as it is.</source>
        <translation>ឯកសារ zip នឹងពន្លាបានធំជាងអ្វីដែលវាផ្ទុកច្រើនណាស់ (គ្រាប់បែក zip?)។ វាមិនត្រូវបានបើកទេ ហើយត្រូវបានរក្សាទុកដូចដើម។</translation>
    </message>
    <message>
        <source>A file inside the zip is damaged ({name}); the zip is kept as it is.</source>
        <translation>ឯកសារមួយក្នុង zip ខូច ({name})។ zip ត្រូវបានរក្សាទុកដូចដើម។</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so it is not a Telegram export.</source>
        <translation>ឯកសារនេះមិនមែនជាអត្ថបទ UTF-8 ទេ ដូច្នេះវាមិនមែនជាឯកសារនាំចេញ Telegram ទេ។</translation>
    </message>
    <message>
        <source>The JSON is broken ({problem}), so it cannot be read as a Telegram export.</source>
        <translation>JSON ខូច ({problem}) ដូច្នេះមិនអាចអានជាឯកសារនាំចេញ Telegram បានទេ។</translation>
    </message>
    <message>
        <source>This is a whole Telegram account export; export one chat at a time (Export chat history, JSON).</source>
        <translation>នេះជាឯកសារនាំចេញគណនី Telegram ទាំងមូល។ សូមនាំចេញការជជែកម្តងមួយ (Export chat history, JSON)។</translation>
    </message>
    <message>
        <source>The JSON has no list of messages, so it is not a Telegram chat export.</source>
        <translation>JSON គ្មានបញ្ជីសារទេ ដូច្នេះវាមិនមែនជាឯកសារនាំចេញការជជែក Telegram ទេ។</translation>
    </message>
    <message>
        <source>No line starts with a date and time as WhatsApp writes them; this is not a WhatsApp export.</source>
        <translation>គ្មានបន្ទាត់ណាចាប់ផ្តើមដោយកាលបរិច្ឆេទ និងម៉ោងដូចដែល WhatsApp សរសេរទេ។ នេះមិនមែនជាឯកសារនាំចេញ WhatsApp ទេ។</translation>
    </message>
    <message>
        <source>This vault holds real case files. Synthetic demo cases go in a vault of their own: create a new vault for training.</source>
        <translation>ឃ្លាំងសម្ងាត់នេះមានសំណុំរឿងពិត។ សំណុំរឿងសាកល្បងសិប្បនិម្មិតត្រូវដាក់ក្នុងឃ្លាំងសម្ងាត់ដាច់ដោយឡែក៖ សូមបង្កើតឃ្លាំងសម្ងាត់ថ្មីសម្រាប់ការបណ្តុះបណ្តាល។</translation>
    </message>
    <message>
        <source>the file could not be opened ({reason}).</source>
        <translation>មិនអាចបើកឯកសារបានទេ ({reason})។</translation>
    </message>
    <message>
        <source>the file changed while it was being read (its size or modification time changed), so nothing of it was stored. Import it again once nothing is writing to it.</source>
        <translation>ឯកសារបានផ្លាស់ប្តូរ ខណៈពេលកំពុងអាន (ទំហំ ឬពេលវេលាកែប្រែរបស់វាបានផ្លាស់ប្តូរ) ដូច្នេះគ្មានផ្នែកណាមួយរបស់វាត្រូវបានរក្សាទុកទេ។ សូមនាំចូលវាម្តងទៀត នៅពេលគ្មានកម្មវិធីណាកំពុងសរសេរទៅវា។</translation>
    </message>
    <message>
        <source>Text can be read only from images; {label} is not one.</source>
        <translation>អត្ថបទអាចអានបានតែពីរូបភាពប៉ុណ្ណោះ។ {label} មិនមែនជារូបភាពទេ។</translation>
    </message>
    <message>
        <source>a link (shortcut), which Saksi does not follow: import the file or folder it points to instead.</source>
        <translation>តំណ (ផ្លូវកាត់) ដែល Saksi មិនធ្វើតាម៖ សូមនាំចូលឯកសារ ឬថតដែលវាចង្អុលទៅជំនួសវិញ។</translation>
    </message>
    <message>
        <source>not a regular file (a folder, device, pipe or socket), so it was not read.</source>
        <translation>មិនមែនជាឯកសារធម្មតា (ថត ឧបករណ៍ បំពង់ ឬរន្ធ) ដូច្នេះវាមិនត្រូវបានអានទេ។</translation>
    </message>
    <message>
        <source>a link (shortcut), which Saksi does not follow.</source>
        <translation>តំណ (ផ្លូវកាត់) ដែល Saksi មិនធ្វើតាម។</translation>
    </message>
    <message>
        <source>the file was replaced while it was being opened, so it was not read.</source>
        <translation>ឯកសារត្រូវបានជំនួស ខណៈពេលកំពុងបើក ដូច្នេះវាមិនត្រូវបានអានទេ។</translation>
    </message>
    <message>
        <source>reached through a link out of the folder, which Saksi does not follow.</source>
        <translation>ទៅដល់តាមរយៈតំណចេញក្រៅថត ដែល Saksi មិនធ្វើតាម។</translation>
    </message>
    <message>
        <source>The case reference &apos;{shown}&apos; is not allowed: use 1 to {most} letters (A-Z), digits and &apos;-&apos;, starting and ending with a letter or digit, e.g. KH-2026-0001.</source>
        <translation>លេខយោងសំណុំរឿង &apos;{shown}&apos; មិនត្រូវបានអនុញ្ញាតទេ៖ សូមប្រើអក្សរ (A-Z) លេខ និង &apos;-&apos; ពី 1 ដល់ {most} តួ ដោយចាប់ផ្តើម និងបញ្ចប់ដោយអក្សរ ឬលេខ ឧទាហរណ៍ KH-2026-0001។</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be used as a file name.</source>
        <translation>&apos;{name}&apos; មិនអាចប្រើជាឈ្មោះឯកសារបានទេ។</translation>
    </message>
    <message>
        <source>{target} would be written outside {folder}; nothing was written.</source>
        <translation>{target} នឹងត្រូវសរសេរនៅក្រៅ {folder}។ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>ឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>បរិវេណ</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>បទចោទ</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>អង្គហេតុ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>ដំណោះស្រាយ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>អត្តសញ្ញាណសម្គាល់</translation>
    </message>
    <message>
        <source>Quoted message</source>
        <translation>សារដែលបានដកស្រង់</translation>
    </message>
    <message>
        <source>Legal element</source>
        <translation>ធាតុផ្សំផ្លូវច្បាប់</translation>
    </message>
    <message>
        <source>Interview session</source>
        <translation>វគ្គសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Skipped question</source>
        <translation>សំណួរដែលបានរំលង</translation>
    </message>
    <message>
        <source>Dismissed suggestion</source>
        <translation>សំណើដែលបានច្រានចោល</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>កូនក្តី</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>ការជ្រើសរើស</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>ដំណើររឿង</translation>
    </message>
    <message>
        <source>Leaving the compound</source>
        <translation>ការចាកចេញពីបរិវេណ</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>ការឃុំខ្លួន</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>ការសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>ការវិភាគ</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>ការកំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>lawyer</source>
        <translation>មេធាវី</translation>
    </message>
    <message>
        <source>paralegal</source>
        <translation>ជំនួយការផ្នែកច្បាប់</translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation>យុត្តាធិការ</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>បានបើកនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>យេនឌ័រ</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <source>age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>age when recruited</source>
        <translation>អាយុនៅពេលត្រូវបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>nationalities</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>education</source>
        <translation>ការអប់រំ</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>ជំនាញ</translation>
    </message>
    <message>
        <source>value</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>note</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>ថ្ងៃផុតសុពលភាព</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>កាន់ដោយ</translation>
    </message>
    <message>
        <source>when</source>
        <translation>នៅពេល</translation>
    </message>
    <message>
        <source>date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>ប្រហាក់ប្រហែល</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>មធ្យោបាយ</translation>
    </message>
    <message>
        <source>apps and websites</source>
        <translation>កម្មវិធី និងគេហទំព័រ</translation>
    </message>
    <message>
        <source>method</source>
        <translation>វិធីសាស្ត្រ</translation>
    </message>
    <message>
        <source>job advertised</source>
        <translation>ការងារដែលបានផ្សាយ</translation>
    </message>
    <message>
        <source>job description</source>
        <translation>ការពិពណ៌នាការងារ</translation>
    </message>
    <message>
        <source>salary promised</source>
        <translation>ប្រាក់ខែដែលបានសន្យា</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>other promises</source>
        <translation>ការសន្យាផ្សេងទៀត</translation>
    </message>
    <message>
        <source>relationship to the recruiter</source>
        <translation>ទំនាក់ទំនងជាមួយអ្នកជ្រើសរើស</translation>
    </message>
    <message>
        <source>departed</source>
        <translation>បានចេញដំណើរ</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>បានមកដល់</translation>
    </message>
    <message>
        <source>left</source>
        <translation>បានចាកចេញ</translation>
    </message>
    <message>
        <source>means of travel</source>
        <translation>មធ្យោបាយធ្វើដំណើរ</translation>
    </message>
    <message>
        <source>route</source>
        <translation>ផ្លូវធ្វើដំណើរ</translation>
    </message>
    <message>
        <source>visa</source>
        <translation>ទិដ្ឋាការ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>scam work</source>
        <translation>ការងារបោកប្រាស់</translation>
    </message>
    <message>
        <source>means of control</source>
        <translation>មធ្យោបាយគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>wage promised</source>
        <translation>ប្រាក់ឈ្នួលដែលបានសន្យា</translation>
    </message>
    <message>
        <source>wage paid</source>
        <translation>ប្រាក់ឈ្នួលដែលបានបង់</translation>
    </message>
    <message>
        <source>debt</source>
        <translation>បំណុល</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>កន្លែងឃុំខ្លួន</translation>
    </message>
    <message>
        <source>offence</source>
        <translation>បទល្មើស</translation>
    </message>
    <message>
        <source>statute</source>
        <translation>បទប្បញ្ញត្តិ</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>non-punishment</source>
        <translation>ការមិនដាក់ទោស</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>សេចក្តីថ្លែង</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>កម្រិតទំនុកចិត្ត</translation>
    </message>
    <message>
        <source>exhibits cited</source>
        <translation>វត្ថុតាងដែលបានយោង</translation>
    </message>
    <message>
        <source>role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>ផុតកំណត់នៅថ្ងៃ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>បានធ្វើរួច</translation>
    </message>
    <message>
        <source>what was agreed</source>
        <translation>អ្វីដែលបានយល់ព្រម</translation>
    </message>
    <message>
        <source>use</source>
        <translation>ការប្រើប្រាស់</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>អ្នកទទួល</translation>
    </message>
    <message>
        <source>partner offices</source>
        <translation>ការិយាល័យដៃគូ</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>បានដកវិញនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>{item} {number} (&quot;{gist}&quot;)</source>
        <translation>{item} {number} (&quot;{gist}&quot;)</translation>
    </message>
    <message>
        <source>{item} {number}</source>
        <translation>{item} {number}</translation>
    </message>
    <message>
        <source>{item} (removed)</source>
        <translation>{item} (បានលុប)</translation>
    </message>
    <message>
        <source>made {exhibit}, a copy of {original}</source>
        <translation>បានធ្វើ {exhibit} ជាច្បាប់ចម្លងនៃ {original}</translation>
    </message>
    <message>
        <source>a copy of {exhibit} was made: {copy}</source>
        <translation>ច្បាប់ចម្លងនៃ {exhibit} ត្រូវបានធ្វើ៖ {copy}</translation>
    </message>
    <message>
        <source>The identification decision is dated {date}, which is in the future (today is {today}). Record a decision once it has been made, with the date on which it was made.</source>
        <translation>សេចក្តីសម្រេចលើការកំណត់អត្តសញ្ញាណ មានកាលបរិច្ឆេទ {date} ដែលជាថ្ងៃអនាគត (ថ្ងៃនេះគឺ {today})។ សូមកត់ត្រាសេចក្តីសម្រេច នៅពេលដែលវាត្រូវបានធ្វើរួចហើយ ជាមួយកាលបរិច្ឆេទដែលវាត្រូវបានធ្វើ។</translation>
    </message>
    <message>
        <source>started the draft &quot;{draft}&quot;</source>
        <translation>បានចាប់ផ្ដើមសេចក្ដីព្រាង &quot;{draft}&quot;</translation>
    </message>
    <message>
        <source>saved the draft &quot;{draft}&quot;</source>
        <translation>បានរក្សាទុកសេចក្ដីព្រាង &quot;{draft}&quot;</translation>
    </message>
    <message>
        <source>deleted the draft &quot;{draft}&quot;</source>
        <translation>បានលុបសេចក្ដីព្រាង &quot;{draft}&quot;</translation>
    </message>
    <message>
        <source>exported the draft &quot;{draft}&quot; to {to}</source>
        <translation>បាននាំចេញសេចក្ដីព្រាង &quot;{draft}&quot; ទៅ {to}</translation>
    </message>
    <message>
        <source>recorded the partner office {partner} after comparing its fingerprint</source>
        <translation>បានកត់ត្រាការិយាល័យដៃគូ {partner} ក្រោយពីផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃរបស់វា</translation>
    </message>
    <message>
        <source>removed the partner office {partner}</source>
        <translation>បានដកការិយាល័យដៃគូ {partner} ចេញ</translation>
    </message>
    <message>
        <source>merged a referral package from {partner} into the case ({parts})</source>
        <translation>បានបញ្ចូលកញ្ចប់បញ្ជូនពី {partner} ទៅក្នុងសំណុំរឿង ({parts})</translation>
    </message>
    <message>
        <source>settled a conflicting edit from {partner} ({field}): {took}</source>
        <translation>បានដោះស្រាយការកែប្រែដែលផ្ទុយគ្នាពី {partner} ({field})៖ {took}</translation>
    </message>
    <message>
        <source>sent the case to {partner} in a referral package ({parts}; exhibits: {exhibits})</source>
        <translation>បានផ្ញើសំណុំរឿងទៅ {partner} ក្នុងកញ្ចប់បញ្ជូន ({parts}; វត្ថុតាង៖ {exhibits})</translation>
    </message>
    <message>
        <source>wrote an encrypted referral form for {partner} ({parts})</source>
        <translation>បានសរសេរទម្រង់បញ្ជូនដែលបានអ៊ិនគ្រីបសម្រាប់ {partner} ({parts})</translation>
    </message>
    <message>
        <source>made a cropped copy {exhibit}</source>
        <translation>បានធ្វើច្បាប់ចម្លងដែលបានកាត់ {exhibit}</translation>
    </message>
    <message>
        <source>a cropped copy of {exhibit} was made</source>
        <translation>ច្បាប់ចម្លងដែលបានកាត់នៃ {exhibit} ត្រូវបានធ្វើ</translation>
    </message>
    <message>
        <source>made a rotated copy {exhibit}</source>
        <translation>បានធ្វើច្បាប់ចម្លងដែលបានបង្វិល {exhibit}</translation>
    </message>
    <message>
        <source>a rotated copy of {exhibit} was made</source>
        <translation>ច្បាប់ចម្លងដែលបានបង្វិលនៃ {exhibit} ត្រូវបានធ្វើ</translation>
    </message>
    <message>
        <source>stored {exhibit}, an attachment of the chat {original}, as it is in the export</source>
        <translation>បានរក្សាទុក {exhibit} ដែលជាឯកសារភ្ជាប់នៃការជជែក {original} ដូចដែលវាមានក្នុងឯកសារនាំចេញ</translation>
    </message>
    <message>
        <source>stored {copy}, an attachment of the chat {exhibit}, as it is in the export</source>
        <translation>បានរក្សាទុក {copy} ដែលជាឯកសារភ្ជាប់នៃការជជែក {exhibit} ដូចដែលវាមានក្នុងឯកសារនាំចេញ</translation>
    </message>
    <message>
        <source>the whole case</source>
        <translation>សំណុំរឿងទាំងមូល</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>took the partner&apos;s value</source>
        <translation>បានយកតម្លៃរបស់ដៃគូ</translation>
    </message>
    <message>
        <source>kept this office&apos;s value</source>
        <translation>បានរក្សាតម្លៃរបស់ការិយាល័យនេះ</translation>
    </message>
    <message>
        <source>The zip is named like a WhatsApp export but holds no chat text file at its top, so it is kept as a plain file.</source>
        <translation>ឯកសារ zip នេះមានឈ្មោះដូចឯកសារនាំចេញ WhatsApp ប៉ុន្តែគ្មានឯកសារអត្ថបទការជជែកនៅកម្រិតខាងលើរបស់វាទេ ដូច្នេះវាត្រូវបានរក្សាទុកជាឯកសារធម្មតា។</translation>
    </message>
    <message>
        <source>The file is named like a WhatsApp export, but its lines do not start with a date and time as WhatsApp writes them, so it is kept as a plain file.</source>
        <translation>ឯកសារនេះមានឈ្មោះដូចឯកសារនាំចេញ WhatsApp ប៉ុន្តែបន្ទាត់របស់វាមិនចាប់ផ្តើមដោយកាលបរិច្ឆេទ និងម៉ោងដូចដែល WhatsApp សរសេរទេ ដូច្នេះវាត្រូវបានរក្សាទុកជាឯកសារធម្មតា។</translation>
    </message>
    <message>
        <source>The JSON has a list of messages, but not as Telegram writes them (an id, a type and a date), so it is not a Telegram chat export.</source>
        <translation>JSON មានបញ្ជីសារ ប៉ុន្តែមិនមែនតាមរបៀបដែល Telegram សរសេរទេ (លេខសម្គាល់ ប្រភេទ និងកាលបរិច្ឆេទ) ដូច្នេះវាមិនមែនជាឯកសារនាំចេញការជជែក Telegram ទេ។</translation>
    </message>
    <message>
        <source>Your role does not allow exporting identifiers. Ask a lawyer or an admin.</source>
        <translation>តួនាទីរបស់អ្នកមិនអនុញ្ញាតឲ្យនាំចេញអត្តសញ្ញាណសម្គាល់ទេ។ សូមសួរមេធាវី ឬអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>No machine-readable zone was read from {label}.</source>
        <translation>គ្មានតំបន់ដែលម៉ាស៊ីនអានបានត្រូវបានអានពី {label} ទេ។</translation>
    </message>
    <message>
        <source>The check digits of the machine-readable zone of {label} do not all hold; check the document and type the details in.</source>
        <translation>លេខពិនិត្យនៃតំបន់ដែលម៉ាស៊ីនអានបាននៃ {label} មិនត្រឹមត្រូវទាំងអស់ទេ។ សូមពិនិត្យឯកសារ ហើយវាយព័ត៌មានដោយដៃ។</translation>
    </message>
    <message>
        <source>This file is not a Saksi referral package.</source>
        <translation>ឯកសារនេះមិនមែនជាកញ្ចប់បញ្ជូនរបស់ Saksi ទេ។</translation>
    </message>
    <message>
        <source>This referral package was made by a newer version of Saksi (package format {version}). Update Saksi to read it.</source>
        <translation>កញ្ចប់បញ្ជូននេះត្រូវបានបង្កើតដោយ Saksi កំណែថ្មីជាង (ទម្រង់កញ្ចប់ {version})។ សូមធ្វើបច្ចុប្បន្នភាព Saksi ដើម្បីអានវា។</translation>
    </message>
    <message>
        <source>The referral package&apos;s header is damaged or was changed; nothing was imported.</source>
        <translation>ក្បាលនៃកញ្ចប់បញ្ជូនខូច ឬត្រូវបានផ្លាស់ប្តូរ; គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>This referral package is addressed to another office (fingerprint {fingerprint}), not to this one ({own}). Nothing was imported.</source>
        <translation>កញ្ចប់បញ្ជូននេះផ្ញើទៅការិយាល័យផ្សេង (ស្នាមម្រាមដៃ {fingerprint}) មិនមែនការិយាល័យនេះ ({own}) ទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The referral package was changed or damaged after it was sealed (it does not decrypt). Nothing was imported.</source>
        <translation>កញ្ចប់បញ្ជូនត្រូវបានផ្លាស់ប្តូរ ឬខូច បន្ទាប់ពីវាត្រូវបានបិទភ្ជាប់ (វាមិនអាចឌិគ្រីបបាន)។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The referral package&apos;s signature does not check out: it was not sealed by the office it names. Nothing was imported.</source>
        <translation>ហត្ថលេខានៃកញ្ចប់បញ្ជូនមិនត្រឹមត្រូវ៖ វាមិនត្រូវបានបិទភ្ជាប់ដោយការិយាល័យដែលវាដាក់ឈ្មោះទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The sender signed this package for another office ({fingerprint}); it was passed on to you. Nothing was imported.</source>
        <translation>អ្នកផ្ញើបានចុះហត្ថលេខាលើកញ្ចប់នេះសម្រាប់ការិយាល័យផ្សេង ({fingerprint}); វាត្រូវបានបញ្ជូនបន្តមកអ្នក។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The referral package&apos;s contents do not match its signature. Nothing was imported.</source>
        <translation>ខ្លឹមសារនៃកញ្ចប់បញ្ជូនមិនត្រូវគ្នានឹងហត្ថលេខារបស់វាទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>The referral package&apos;s contents are malformed. Nothing was imported.</source>
        <translation>ខ្លឹមសារនៃកញ្ចប់បញ្ជូនមានទម្រង់មិនត្រឹមត្រូវ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>Unknown part(s): {parts}. The parts are: {known}.</source>
        <translation>ផ្នែកមិនស្គាល់៖ {parts}។ ផ្នែកដែលមាន៖ {known}។</translation>
    </message>
    <message>
        <source>The case {reference} has no consent to refer these parts to the office {fingerprint}. Record the client&apos;s consent (use &apos;referral&apos;, naming this partner) first; nothing was written.</source>
        <translation>សំណុំរឿង {reference} គ្មានការយល់ព្រមឱ្យបញ្ជូនផ្នែកទាំងនេះទៅការិយាល័យ {fingerprint} ទេ។ សូមកត់ត្រាការយល់ព្រមរបស់កូនក្តីជាមុនសិន (ការប្រើប្រាស់ &apos;referral&apos; ដោយដាក់ឈ្មោះដៃគូនេះ); គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>There is no partner &apos;{partner}&apos;. Give a recorded partner&apos;s name or an office public key (saksi-office:...).</source>
        <translation>គ្មានដៃគូ &apos;{partner}&apos; ទេ។ សូមផ្តល់ឈ្មោះដៃគូដែលបានកត់ត្រា ឬសោសាធារណៈរបស់ការិយាល័យ (saksi-office:...)។</translation>
    </message>
    <message>
        <source>The case {ref} has no exhibit {label}.</source>
        <translation>សំណុំរឿង {ref} គ្មានវត្ថុតាង {label} ទេ។</translation>
    </message>
    <message>
        <source>The package would be {size} MB; the most one package holds is {most} MB. Send fewer exhibits per package.</source>
        <translation>កញ្ចប់នឹងមានទំហំ {size} MB; កញ្ចប់មួយផ្ទុកបានច្រើនបំផុត {most} MB។ សូមផ្ញើវត្ថុតាងតិចជាងនេះក្នុងកញ្ចប់មួយ។</translation>
    </message>
    <message>
        <source>{path} already exists; a package never overwrites a file.</source>
        <translation>{path} មានរួចហើយ; កញ្ចប់មិនដែលសរសេរជាន់លើឯកសារទេ។</translation>
    </message>
    <message>
        <source>This file is too large to be a Saksi referral package.</source>
        <translation>ឯកសារនេះធំពេកសម្រាប់ជាកញ្ចប់បញ្ជូនរបស់ Saksi។</translation>
    </message>
    <message>
        <source>{path} is a folder, not a referral package.</source>
        <translation>{path} ជាថត មិនមែនជាកញ្ចប់បញ្ជូនទេ។</translation>
    </message>
    <message>
        <source>This package changes the case {reference}, and its sender ({fingerprint}) is not a recorded partner. Record the partner&apos;s key after comparing fingerprints, then import again.</source>
        <translation>កញ្ចប់នេះផ្លាស់ប្តូរសំណុំរឿង {reference} ហើយអ្នកផ្ញើរបស់វា ({fingerprint}) មិនមែនជាដៃគូដែលបានកត់ត្រាទេ។ សូមកត់ត្រាសោរបស់ដៃគូ បន្ទាប់ពីប្រៀបធៀបស្នាមម្រាមដៃ រួចនាំចូលម្តងទៀត។</translation>
    </message>
    <message>
        <source>This package was already imported on {when}; there is nothing new in it. Nothing was imported.</source>
        <translation>កញ្ចប់នេះត្រូវបាននាំចូលរួចហើយនៅ {when}៖ គ្មានអ្វីថ្មីក្នុងនោះទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>This package is older than one already imported from the same office for this case (package {number}, already {newest}); its changes are in the newer one. Nothing was imported.</source>
        <translation>កញ្ចប់នេះចាស់ជាងកញ្ចប់មួយដែលបាននាំចូលរួចពីការិយាល័យដដែលសម្រាប់សំណុំរឿងនេះ (កញ្ចប់ {number} រួចហើយ {newest})៖ ការផ្លាស់ប្តូររបស់វាមាននៅក្នុងកញ្ចប់ថ្មីជាង។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>Choose &apos;ours&apos; or &apos;theirs&apos;.</source>
        <translation>សូមជ្រើសរើស &apos;ours&apos; ឬ &apos;theirs&apos;។</translation>
    </message>
    <message>
        <source>There is no open conflict {conflict} in the case {reference}.</source>
        <translation>គ្មានការប៉ះទង្គិចបើកចំហ {conflict} ក្នុងសំណុំរឿង {reference} ទេ។</translation>
    </message>
    <message>
        <source>{value} is already defined in {first}</source>
        <translation>{value} ត្រូវបានកំណត់រួចហើយនៅក្នុង {first}</translation>
    </message>
    <message>
        <source>{value} is not a known element id</source>
        <translation>{value} មិនមែនជា id នៃធាតុផ្សំដែលស្គាល់ទេ</translation>
    </message>
    <message>
        <source>{value} is not a known citation id</source>
        <translation>{value} មិនមែនជា id នៃការយោងច្បាប់ដែលស្គាល់ទេ</translation>
    </message>
    <message>
        <source>{file}: {key}: {problem}</source>
        <translation>{file}៖ {key}៖ {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}៖ {problem}</translation>
    </message>
    <message>
        <source>{jurisdiction} x {instrument} is listed twice</source>
        <translation>{jurisdiction} x {instrument} ត្រូវបានរាយពីរដង</translation>
    </message>
    <message>
        <source>needs at least an English name</source>
        <translation>ត្រូវការយ៉ាងហោចណាស់ឈ្មោះជាភាសាអង់គ្លេសមួយ</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>មិនត្រូវទទេទេ</translation>
    </message>
    <message>
        <source>{value} must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{value} ត្រូវតែជាអក្សរតូច លេខ &apos;.&apos; &apos;_&apos; ឬ &apos;-&apos;</translation>
    </message>
    <message>
        <source>{value} must be a two-letter country code such as KH</source>
        <translation>{value} ត្រូវតែជាលេខកូដប្រទេសពីរអក្សរ ដូចជា KH</translation>
    </message>
    <message>
        <source>{value} must be a language code such as en, th, ms, id, vi</source>
        <translation>{value} ត្រូវតែជាលេខកូដភាសា ដូចជា en, th, ms, id, vi</translation>
    </message>
    <message>
        <source>{value} must be a date such as 2026-03-15</source>
        <translation>{value} ត្រូវតែជាកាលបរិច្ឆេទ ដូចជា 2026-03-15</translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation>ត្រូវរាយយ៉ាងហោចណាស់មួយ</translation>
    </message>
    <message>
        <source>a placeholder must have status &apos;unverified&apos;</source>
        <translation>កន្លែងទុកចំហ (placeholder) ត្រូវតែមានស្ថានភាព &apos;unverified&apos;</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ត្រូវតែមាន</translation>
    </message>
    <message>
        <source>needs a positive count of strong, medium or weak indicators</source>
        <translation>ត្រូវការចំនួនវិជ្ជមាននៃសូចនាករ strong, medium ឬ weak</translation>
    </message>
    <message>
        <source>{value} is not a group of this framework ({groups})</source>
        <translation>{value} មិនមែនជាក្រុមនៃក្របខ័ណ្ឌនេះទេ ({groups})</translation>
    </message>
    <message>
        <source>is required in a framework with a decision rule</source>
        <translation>ត្រូវតែមាននៅក្នុងក្របខ័ណ្ឌដែលមានវិធានសម្រេច</translation>
    </message>
    <message>
        <source>is required (use a placeholder entry when the provision is unknown)</source>
        <translation>ត្រូវតែមាន (ប្រើធាតុទុកចំហ placeholder នៅពេលមិនស្គាល់បទប្បញ្ញត្តិ)</translation>
    </message>
    <message>
        <source>{value} is not a known case field (see legal_templates/case_fields.toml)</source>
        <translation>{value} មិនមែនជាវាលនៃសំណុំរឿងដែលស្គាល់ទេ (មើល legal_templates/case_fields.toml)</translation>
    </message>
    <message>
        <source>{op} does not apply to {path} ({kind}); use {allowed}</source>
        <translation>{op} មិនអនុវត្តចំពោះ {path} ({kind}) ទេ។ ប្រើ {allowed}</translation>
    </message>
    <message>
        <source>&apos;nonempty&apos; takes no value</source>
        <translation>&apos;nonempty&apos; មិនយកតម្លៃទេ</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>ត្រូវតែជាបញ្ជីអត្ថបទ</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>ត្រូវតែជាអត្ថបទ</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>ត្រូវតែជាលេខ</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>ត្រូវតែជា true ឬ false</translation>
    </message>
    <message>
        <source>{value} is not one of {options}</source>
        <translation>{value} មិនមែនជាមួយក្នុងចំណោម {options} ទេ</translation>
    </message>
    <message>
        <source>an unverified status cannot be confirmed</source>
        <translation>ស្ថានភាពដែលមិនទាន់ផ្ទៀងផ្ទាត់ មិនអាចត្រូវបានបញ្ជាក់ទេ</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>មិនមែនជា TOML ត្រឹមត្រូវទេ៖ {error}</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>មិនមែនជាអត្ថបទ UTF-8 ត្រឹមត្រូវទេ</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>មិនអាចអានបានទេ៖ {error}</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>ត្រូវតែជាចំនួនគត់</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>ត្រូវតែជាបញ្ជី</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>ត្រូវតែជាតារាង</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>មិនត្រូវជាលេខអវិជ្ជមានទេ</translation>
    </message>
    <message>
        <source>unknown key (expected one of {expected})</source>
        <translation>key មិនស្គាល់ (រំពឹងថាជាមួយក្នុងចំណោម {expected})</translation>
    </message>
    <message>
        <source>is not valid: {detail}</source>
        <translation>មិនត្រឹមត្រូវទេ៖ {detail}</translation>
    </message>
    <message>
        <source>The case {reference} has no consent to refer these parts to {recipient}. Record the client&apos;s consent (use &apos;referral&apos;, recipient {recipient}) first; nothing was written.</source>
        <translation>សំណុំរឿង {reference} គ្មានការយល់ព្រមឱ្យបញ្ជូនផ្នែកទាំងនេះទៅ {recipient} ទេ។ សូមកត់ត្រាការយល់ព្រមរបស់កូនក្តីជាមុនសិន (ការប្រើប្រាស់ &apos;referral&apos; អ្នកទទួល {recipient})៖ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <source>That is not an age public key (it starts with age1...). Ask the partner for the key age-keygen printed.</source>
        <translation>នោះមិនមែនជាសោសាធារណៈ age ទេ (វាចាប់ផ្តើមដោយ age1...)។ សូមសុំដៃគូនូវសោដែល age-keygen បានបោះពុម្ព។</translation>
    </message>
    <message>
        <source>The form is written in English (en), Khmer (km) or Thai (th), not {language}.</source>
        <translation>លិខិតត្រូវបានសរសេរជាភាសាអង់គ្លេស (en) ខ្មែរ (km) ឬថៃ (th) មិនមែន {language} ទេ។</translation>
    </message>
    <message>
        <source>Name the partner organisation the form is for.</source>
        <translation>សូមដាក់ឈ្មោះអង្គការដៃគូដែលលិខិតនេះសម្រាប់។</translation>
    </message>
    <message>
        <source>{path} already exists; a form never overwrites a file.</source>
        <translation>{path} មានរួចហើយ៖ លិខិតមិនដែលសរសេរជាន់លើឯកសារទេ។</translation>
    </message>
    <message>
        <source>Audit log: the record of its newest entry is missing or damaged.</source>
        <translation>កំណត់ហេតុសវនកម្ម៖ កំណត់ត្រានៃធាតុថ្មីបំផុតរបស់វា បាត់ ឬខូច។</translation>
    </message>
    <message>
        <source>Audit log: the newest entries were removed (the log ends at entry {last}, but entry {head} was written).</source>
        <translation>កំណត់ហេតុសវនកម្ម៖ ធាតុថ្មីបំផុតត្រូវបានលុបចេញ (កំណត់ហេតុបញ្ចប់ត្រឹមធាតុ {last} ប៉ុន្តែធាតុ {head} ត្រូវបានសរសេររួចហើយ)។</translation>
    </message>
    <message>
        <source>Audit log: its newest entry is not the one recorded as the newest (entries were rewritten).</source>
        <translation>កំណត់ហេតុសវនកម្ម៖ ធាតុថ្មីបំផុតរបស់វា មិនមែនជាធាតុដែលបានកត់ត្រាថាថ្មីបំផុតទេ (ធាតុត្រូវបានសរសេរឡើងវិញ)។</translation>
    </message>
    <message>
        <source>The evidence store needs a vault database on disk.</source>
        <translation>ឃ្លាំងភស្តុតាងត្រូវការមូលដ្ឋានទិន្នន័យឃ្លាំងសម្ងាត់នៅលើថាស។</translation>
    </message>
    <message>
        <source>The stored bytes of this exhibit are not in the evidence index; run Verify.</source>
        <translation>បៃដែលបានរក្សាទុករបស់វត្ថុតាងនេះ មិនមាននៅក្នុងបញ្ជីភស្តុតាងទេ។ សូមដំណើរការ «ផ្ទៀងផ្ទាត់»។</translation>
    </message>
    <message>
        <source>The evidence file {file} is missing; run Verify.</source>
        <translation>ឯកសារភស្តុតាង {file} បាត់។ សូមដំណើរការ «ផ្ទៀងផ្ទាត់»។</translation>
    </message>
    <message>
        <source>The evidence file {file} cannot be read ({reason}).</source>
        <translation>មិនអាចអានឯកសារភស្តុតាង {file} បានទេ ({reason})។</translation>
    </message>
    <message>
        <source>The evidence file {file} was altered or damaged ({why}); run Verify.</source>
        <translation>ឯកសារភស្តុតាង {file} ត្រូវបានកែប្រែ ឬខូច ({why})។ សូមដំណើរការ «ផ្ទៀងផ្ទាត់»។</translation>
    </message>
    <message>
        <source>The vault changed too often while it was copied; try the backup again.</source>
        <translation>ឃ្លាំងសម្ងាត់បានផ្លាស់ប្តូរញឹកញាប់ពេក ខណៈពេលកំពុងចម្លង។ សូមបម្រុងទុកម្តងទៀត។</translation>
    </message>
    <message>
        <source>The evidence file {file} does not match its SHA-256; run Verify.</source>
        <translation>ឯកសារភស្តុតាង {file} មិនត្រូវនឹង SHA-256 របស់វាទេ។ សូមដំណើរការ «ផ្ទៀងផ្ទាត់»។</translation>
    </message>
    <message>
        <source>Evidence bytes are missing (chunk {seq}); restore the vault from a backup.</source>
        <translation>បៃភស្តុតាងបាត់ (ផ្នែកទី {seq})។ សូមស្តារឃ្លាំងសម្ងាត់ពីច្បាប់បម្រុងទុក។</translation>
    </message>
    <message>
        <source>Stored evidence bytes do not match their SHA-256 ({sha}…); the vault was not migrated. Restore it from a backup, or run Verify in the earlier version of Saksi.</source>
        <translation>បៃភស្តុតាងដែលបានរក្សាទុក មិនត្រូវនឹង SHA-256 របស់វា ({sha}…)។ ឃ្លាំងសម្ងាត់មិនត្រូវបានធ្វើបច្ចុប្បន្នភាពទេ។ សូមស្តារវាពីច្បាប់បម្រុងទុក ឬដំណើរការ «ផ្ទៀងផ្ទាត់» ក្នុងកំណែមុនរបស់ Saksi។</translation>
    </message>
    <message>
        <source>The vault is on a read-only disk or folder: Saksi opened it for reading only, and changes cannot be saved. Copy it to a writable disk to work on it.</source>
        <translation>ឃ្លាំងសម្ងាត់ស្ថិតនៅលើថាស ឬថតដែលអាចអានបានតែប៉ុណ្ណោះ៖ Saksi បានបើកវាសម្រាប់តែអាន ហើយមិនអាចរក្សាទុកការផ្លាស់ប្តូរបានទេ។ សូមចម្លងវាទៅថាសដែលអាចសរសេរបាន ដើម្បីធ្វើការលើវា។</translation>
    </message>
    <message>
        <source>The disk holding the vault is full: Saksi opened it for reading only and the vault is intact. Free some space and unlock again to make changes.</source>
        <translation>ថាសដែលផ្ទុកឃ្លាំងសម្ងាត់ពេញហើយ៖ Saksi បានបើកវាសម្រាប់តែអាន ហើយឃ្លាំងសម្ងាត់នៅដដែល។ សូមបង្កើតទំហំទំនេរខ្លះ ហើយដោះសោម្តងទៀត ដើម្បីធ្វើការផ្លាស់ប្តូរ។</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again; the vault is intact.</source>
        <translation>កុំព្យូទ័រអស់អង្គចងចាំ។ សូមបិទកម្មវិធីផ្សេងទៀត ហើយព្យាយាមម្ដងទៀត។ ឃ្លាំងសម្ងាត់នៅដដែល មិនខូចទេ។</translation>
    </message>
    <message>
        <source>A description is at most 2,000 characters; put longer text in the transcription.</source>
        <translation>ការពិពណ៌នាមានយ៉ាងច្រើន 2,000 តួអក្សរ។ សូមដាក់អត្ថបទវែងជាងនេះក្នុងប្រតិចារិក។</translation>
    </message>
    <message>
        <source>This vault failed its integrity check ({problem}; {at}), so Saksi opens it read-only: nothing can be changed. Verify it again (saksi vault verify, or Settings &gt; Verify) or restore your latest backup into a new folder.</source>
        <translation>ឃ្លាំងសម្ងាត់នេះមិនឆ្លងកាត់ការពិនិត្យភាពត្រឹមត្រូវ ({problem}; {at}) ដូច្នេះ Saksi បើកវាសម្រាប់តែអាន៖ មិនអាចផ្លាស់ប្តូរអ្វីបានទេ។ សូមផ្ទៀងផ្ទាត់វាម្តងទៀត (saksi vault verify ឬ ការកំណត់ &gt; ផ្ទៀងផ្ទាត់) ឬស្តារច្បាប់ចម្លងបម្រុងទុកចុងក្រោយរបស់អ្នកទៅក្នុងថតថ្មី។</translation>
    </message>
    <message>
        <source>The passphrase or code contains bytes that are not UTF-8 text (a terminal or variable in another encoding). Type it again as UTF-8 text.</source>
        <translation>ឃ្លាសម្ងាត់ ឬលេខកូដមានបៃដែលមិនមែនជាអត្ថបទ UTF-8 (ស្ថានីយ ឬអថេរក្នុងការអ៊ិនកូដផ្សេង)។ សូមវាយវាម្តងទៀតជាអត្ថបទ UTF-8។</translation>
    </message>
    <message>
        <source>The key file {file} cannot be read ({error}).</source>
        <translation>មិនអាចអានឯកសារសោ {file} បានទេ ({error})។</translation>
    </message>
    <message>
        <source>This vault&apos;s key file was written by a newer version of Saksi. Update Saksi to open it.</source>
        <translation>ឯកសារសោរបស់ឃ្លាំងសម្ងាត់នេះ ត្រូវបានសរសេរដោយ Saksi កំណែថ្មីជាង។ សូមធ្វើបច្ចុប្បន្នភាព Saksi ដើម្បីបើកវា។</translation>
    </message>
    <message>
        <source>The key file {file} has an unknown format.</source>
        <translation>ឯកសារសោ {file} មានទម្រង់មិនស្គាល់។</translation>
    </message>
    <message>
        <source>The key file {file} is damaged ({error}).</source>
        <translation>ឯកសារសោ {file} ខូច ({error})។</translation>
    </message>
    <message>
        <source>A passphrase must have at least {minimum} characters.</source>
        <translation>ឃ្លាសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ {minimum} តួអក្សរ។</translation>
    </message>
    <message>
        <source>A passphrase must not start or end with spaces.</source>
        <translation>ឃ្លាសម្ងាត់មិនត្រូវចាប់ផ្តើម ឬបញ្ចប់ដោយដកឃ្លាទេ។</translation>
    </message>
    <message>
        <source>A user name must be 1 to 64 characters, without slashes or line breaks.</source>
        <translation>ឈ្មោះអ្នកប្រើត្រូវមាន 1 ដល់ 64 តួអក្សរ ដោយគ្មានសញ្ញា / ឬការចុះបន្ទាត់។</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;. Choose one of: {roles}.</source>
        <translation>តួនាទី &apos;{role}&apos; មិនស្គាល់។ សូមជ្រើសមួយក្នុងចំណោម៖ {roles}។</translation>
    </message>
    <message>
        <source>There is no vault at {folder}.</source>
        <translation>គ្មានឃ្លាំងសម្ងាត់នៅ {folder} ទេ។</translation>
    </message>
    <message>
        <source>The vault folder {name} is missing {missing}; restore it from a backup.</source>
        <translation>ថតឃ្លាំងសម្ងាត់ {name} បាត់ {missing} សូមស្តារវាពីច្បាប់ចម្លងបម្រុងទុក។</translation>
    </message>
    <message>
        <source>A data key rotation was interrupted and this user&apos;s slot does not open the vault. Unlock as the admin who started the rotation, or with the new recovery code.</source>
        <translation>ការផ្លាស់ប្តូរសោទិន្នន័យត្រូវបានរំខាន ហើយកន្លែងសោរបស់អ្នកប្រើនេះ មិនបើកឃ្លាំងសម្ងាត់ទេ។ សូមដោះសោជាអ្នកគ្រប់គ្រងដែលបានចាប់ផ្តើមការផ្លាស់ប្តូរ ឬដោយលេខកូដសង្គ្រោះថ្មី។</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Saksi (vault format {version}; this app reads up to {newest}). Update Saksi to open it; the vault was not changed.</source>
        <translation>ឃ្លាំងសម្ងាត់នេះត្រូវបានសរសេរដោយ Saksi កំណែថ្មីជាង (ទម្រង់ឃ្លាំងសម្ងាត់ {version}; កម្មវិធីនេះអានបានរហូតដល់ {newest})។ សូមធ្វើបច្ចុប្បន្នភាព Saksi ដើម្បីបើកវា ឃ្លាំងសម្ងាត់មិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>The vault database has no Saksi tables; it is damaged or not a Saksi vault.</source>
        <translation>មូលដ្ឋានទិន្នន័យឃ្លាំងសម្ងាត់គ្មានតារាង Saksi ទេ វាខូច ឬមិនមែនជាឃ្លាំងសម្ងាត់ Saksi ទេ។</translation>
    </message>
    <message>
        <source>There is no user named &apos;{name}&apos; in this vault.</source>
        <translation>គ្មានអ្នកប្រើឈ្មោះ &apos;{name}&apos; ក្នុងឃ្លាំងសម្ងាត់នេះទេ។</translation>
    </message>
    <message>
        <source>{path} already exists; a backup never overwrites anything. Choose a new name.</source>
        <translation>{path} មានរួចហើយ ការបម្រុងទុកមិនដែលសរសេរជាន់លើអ្វីទេ។ សូមជ្រើសឈ្មោះថ្មី។</translation>
    </message>
    <message>
        <source>The backup and the destination are the same folder.</source>
        <translation>ច្បាប់ចម្លងបម្រុងទុក និងទីតាំងគោលដៅ គឺជាថតតែមួយ។</translation>
    </message>
    <message>
        <source>{target} already exists. Restore never overwrites a vault; choose a new folder or confirm replacing it.</source>
        <translation>{target} មានរួចហើយ។ ការស្តារមិនដែលសរសេរជាន់លើឃ្លាំងសម្ងាត់ទេ សូមជ្រើសថតថ្មី ឬបញ្ជាក់ការជំនួសវា។</translation>
    </message>
    <message>
        <source>{folder} already exists. Choose a new name or folder for the vault.</source>
        <translation>{folder} មានរួចហើយ។ សូមជ្រើសឈ្មោះ ឬថតថ្មីសម្រាប់ឃ្លាំងសម្ងាត់។</translation>
    </message>
    <message>
        <source>The key file {file} is damaged: the key slot of {user} does not match its checksum, so the passphrase cannot be checked. Put back keys.json from a backup of this vault, or unlock with the recovery code.</source>
        <translation>ឯកសារសោ {file} ខូច៖ រន្ធសោរបស់ {user} មិនត្រូវនឹងផលបូកផ្ទៀងផ្ទាត់របស់វាទេ ដូច្នេះមិនអាចពិនិត្យឃ្លាសម្ងាត់បានទេ។ សូមដាក់ keys.json ពីច្បាប់ចម្លងបម្រុងទុកនៃឃ្លាំងសម្ងាត់នេះមកវិញ ឬដោះសោដោយលេខកូដសង្គ្រោះ។</translation>
    </message>
    <message>
        <source>The key file {file} is damaged: a key slot does not match its checksum. Put back keys.json from a backup of this vault.</source>
        <translation>ឯកសារសោ {file} ខូច៖ រន្ធសោមួយមិនត្រូវនឹងផលបូកផ្ទៀងផ្ទាត់របស់វាទេ។ សូមដាក់ keys.json ពីច្បាប់ចម្លងបម្រុងទុកនៃឃ្លាំងសម្ងាត់នេះមកវិញ។</translation>
    </message>
    <message>
        <source>That is not a Saksi office public key: it should start with &apos;saksi-office:&apos;.</source>
        <translation>នេះមិនមែនជាសោសាធារណៈរបស់ការិយាល័យ Saksi ទេ៖ វាគួរតែចាប់ផ្តើមដោយ &apos;saksi-office:&apos;។</translation>
    </message>
    <message>
        <source>That office public key is cut short or mistyped; copy it again from the partner.</source>
        <translation>សោសាធារណៈរបស់ការិយាល័យនោះខ្លីពេក ឬវាយខុស; សូមចម្លងវាម្តងទៀតពីដៃគូ។</translation>
    </message>
    <message>
        <source>An office name is 1 to {most} characters.</source>
        <translation>ឈ្មោះការិយាល័យមានពី 1 ទៅ {most} តួអក្សរ។</translation>
    </message>
    <message>
        <source>This vault has no office identity.</source>
        <translation>ឃ្លាំងសម្ងាត់នេះគ្មានអត្តសញ្ញាណការិយាល័យទេ។</translation>
    </message>
    <message>
        <source>The fingerprint you compared ({typed}) is not this key&apos;s ({actual}). Do not record it: ask the partner to send their key again.</source>
        <translation>ស្នាមម្រាមដៃដែលអ្នកបានប្រៀបធៀប ({typed}) មិនមែនជារបស់សោនេះ ({actual}) ទេ។ កុំកត់ត្រាវា៖ សូមឱ្យដៃគូផ្ញើសោរបស់ពួកគេម្តងទៀត។</translation>
    </message>
    <message>
        <source>That is this office&apos;s own key.</source>
        <translation>នេះជាសោរបស់ការិយាល័យនេះផ្ទាល់។</translation>
    </message>
    <message>
        <source>A partner named &apos;{name}&apos; is already recorded with another key.</source>
        <translation>ដៃគូឈ្មោះ &apos;{name}&apos; ត្រូវបានកត់ត្រារួចហើយជាមួយសោផ្សេង។</translation>
    </message>
    <message>
        <source>There is no partner &apos;{partner}&apos; in this vault.</source>
        <translation>គ្មានដៃគូ &apos;{partner}&apos; ក្នុងឃ្លាំងសម្ងាត់នេះទេ។</translation>
    </message>
    <message>
        <source>The vault is busy changing its key. Try again when it is done.</source>
        <translation>ឃ្លាំងសម្ងាត់កំពុងផ្លាស់ប្តូរសោរបស់វា។ សូមព្យាយាមម្តងទៀតនៅពេលវារួចរាល់។</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is one of the most common passwords. Use four or more unrelated words.</source>
        <translation>ឃ្លាសម្ងាត់នេះងាយទាយពេក៖ វាជាពាក្យសម្ងាត់មួយក្នុងចំណោមពាក្យសម្ងាត់ដែលគេប្រើញឹកញាប់បំផុត។ សូមប្រើពាក្យបួន ឬច្រើនជាងនេះ ដែលមិនទាក់ទងគ្នា។</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: a common word or name with digits or small changes is tried early. Use four or more unrelated words.</source>
        <translation>ឃ្លាសម្ងាត់នេះងាយទាយពេក៖ ពាក្យ ឬឈ្មោះធម្មតាដែលមានលេខ ឬការផ្លាស់ប្តូរតិចតួច ត្រូវបានគេសាកល្បងមុនគេ។ សូមប្រើពាក្យបួន ឬច្រើនជាងនេះ ដែលមិនទាក់ទងគ្នា។</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it repeats characters or words. Use four or more unrelated words.</source>
        <translation>ឃ្លាសម្ងាត់នេះងាយទាយពេក៖ វាធ្វើឡើងវិញនូវតួអក្សរ ឬពាក្យដដែលៗ។ សូមប្រើពាក្យបួន ឬច្រើនជាងនេះ ដែលមិនទាក់ទងគ្នា។</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is a sequence like abcd or 1234. Use four or more unrelated words.</source>
        <translation>ឃ្លាសម្ងាត់នេះងាយទាយពេក៖ វាជាលំដាប់ដូចជា abcd ឬ 1234។ សូមប្រើពាក្យបួន ឬច្រើនជាងនេះ ដែលមិនទាក់ទងគ្នា។</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: it is a keyboard pattern like qwerty. Use four or more unrelated words.</source>
        <translation>ឃ្លាសម្ងាត់នេះងាយទាយពេក៖ វាជាលំនាំក្តារចុចដូចជា qwerty។ សូមប្រើពាក្យបួន ឬច្រើនជាងនេះ ដែលមិនទាក់ទងគ្នា។</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: dates and years are tried early. Use four or more unrelated words.</source>
        <translation>ឃ្លាសម្ងាត់នេះងាយទាយពេក៖ កាលបរិច្ឆេទ និងឆ្នាំ ត្រូវបានគេសាកល្បងមុនគេ។ សូមប្រើពាក្យបួន ឬច្រើនជាងនេះ ដែលមិនទាក់ទងគ្នា។</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use four or more unrelated words.</source>
        <translation>ឃ្លាសម្ងាត់នេះងាយទាយពេក។ សូមប្រើពាក្យបួន ឬច្រើនជាងនេះ ដែលមិនទាក់ទងគ្នា។</translation>
    </message>
    <message>
        <source>This device does not remember a key for &apos;{user}&apos;. Use the passphrase.</source>
        <translation>ឧបករណ៍នេះមិនចងចាំសោសម្រាប់ &apos;{user}&apos; ទេ។ សូមប្រើឃ្លាសម្ងាត់។</translation>
    </message>
    <message>
        <source>This unlock was not recorded in the audit log.</source>
        <translation>ការដោះសោនេះមិនត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្មទេ។</translation>
    </message>
    <message>
        <source>Only an admin can set the longest time before the vault locks.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចកំណត់រយៈពេលវែងបំផុតមុនពេលឃ្លាំងសម្ងាត់ចាក់សោ។</translation>
    </message>
    <message>
        <source>The longest time before the vault locks must be 0 (no limit) to {maximum} minutes.</source>
        <translation>រយៈពេលវែងបំផុតមុនពេលឃ្លាំងសម្ងាត់ចាក់សោ ត្រូវតែពី 0 (គ្មានដែនកំណត់) ដល់ {maximum} នាទី។</translation>
    </message>
    <message>
        <source>Only an admin can add users.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចបន្ថែមអ្នកប្រើបាន។</translation>
    </message>
    <message>
        <source>There is already a user named &apos;{name}&apos;.</source>
        <translation>មានអ្នកប្រើឈ្មោះ &apos;{name}&apos; រួចហើយ។</translation>
    </message>
    <message>
        <source>Only an admin can remove users.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចដកអ្នកប្រើចេញបាន។</translation>
    </message>
    <message>
        <source>You cannot remove yourself. Ask another admin.</source>
        <translation>អ្នកមិនអាចដកខ្លួនឯងចេញបានទេ។ សូមស្នើអ្នកគ្រប់គ្រងម្នាក់ទៀត។</translation>
    </message>
    <message>
        <source>This is the last admin; add another admin first.</source>
        <translation>នេះជាអ្នកគ្រប់គ្រងចុងក្រោយ សូមបន្ថែមអ្នកគ្រប់គ្រងម្នាក់ទៀតជាមុនសិន។</translation>
    </message>
    <message>
        <source>Only an admin can change roles.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចប្តូរតួនាទីបាន។</translation>
    </message>
    <message>
        <source>Only an admin can reset passphrases.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចកំណត់ឃ្លាសម្ងាត់ឡើងវិញបាន។</translation>
    </message>
    <message>
        <source>Only an admin can replace the recovery code.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចជំនួសលេខកូដសង្គ្រោះបាន។</translation>
    </message>
    <message>
        <source>Only an admin can rotate the data key.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចផ្លាស់ប្តូរសោទិន្នន័យបាន។</translation>
    </message>
    <message>
        <source>The key file {file} belongs to another vault (vault id {vault_id}), not to this vault&apos;s database. Put back this vault&apos;s own keys.json, from a backup of this vault.</source>
        <translation>ឯកសារសោ {file} ជារបស់ឃ្លាំងសម្ងាត់ផ្សេង (លេខសម្គាល់ឃ្លាំង {vault_id}) មិនមែនរបស់មូលដ្ឋានទិន្នន័យនៃឃ្លាំងសម្ងាត់នេះទេ។ សូមដាក់ keys.json ផ្ទាល់របស់ឃ្លាំងសម្ងាត់នេះមកវិញ ពីច្បាប់ចម្លងបម្រុងទុកនៃឃ្លាំងសម្ងាត់នេះ។</translation>
    </message>
    <message>
        <source>The backup copy did not verify: {problems}</source>
        <translation>ច្បាប់ចម្លងបម្រុងទុកមិនបានផ្ទៀងផ្ទាត់ត្រឹមត្រូវទេ៖ {problems}</translation>
    </message>
    <message>
        <source>The backup does not verify: {problems}</source>
        <translation>ច្បាប់ចម្លងបម្រុងទុកមិនផ្ទៀងផ្ទាត់ត្រឹមត្រូវទេ៖ {problems}</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Saksi (vault format {version}). Update Saksi to check it.</source>
        <translation>ឃ្លាំងសម្ងាត់នេះត្រូវបានសរសេរដោយ Saksi កំណែថ្មីជាង (ទម្រង់ឃ្លាំងសម្ងាត់ {version})។ សូមធ្វើបច្ចុប្បន្នភាព Saksi ដើម្បីពិនិត្យវា។</translation>
    </message>
    <message>
        <source>Could not write the copy to {folder}: the disk is full or cannot be written.</source>
        <translation>មិនអាចសរសេរច្បាប់ចម្លងទៅ {folder} បានទេ៖ ថាសពេញ ឬមិនអាចសរសេរបាន។</translation>
    </message>
    <message>
        <source>Encrypted page check failed: {problem}.</source>
        <translation>ការពិនិត្យទំព័រដែលបានអ៊ិនគ្រីបបានបរាជ័យ៖ {problem}។</translation>
    </message>
    <message>
        <source>Database structure: {problem}.</source>
        <translation>រចនាសម្ព័ន្ធមូលដ្ឋានទិន្នន័យ៖ {problem}។</translation>
    </message>
    <message>
        <source>Schema version is {version}, expected {expected}.</source>
        <translation>កំណែគ្រោងការណ៍គឺ {version} ប៉ុន្តែរំពឹងថា {expected}។</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeWizard</name>
    <message>
        <source>New recovery code</source>
        <translation>លេខកូដសង្គ្រោះថ្មី</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office and partners</source>
        <translation>ការិយាល័យ និងដៃគូ</translation>
    </message>
    <message>
        <source>A partner&apos;s phone or webcam can read the public key from this code</source>
        <translation>ទូរស័ព្ទ ឬកាមេរ៉ារបស់ដៃគូអាចអានសោសាធារណៈពីកូដនេះបាន</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>ចម្លងសោសាធារណៈ</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>ការិយាល័យនេះ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>ស្នាមម្រាមដៃ៖</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>សោសាធារណៈ៖</translation>
    </message>
    <message>
        <source>Give partners the public key (copy it, or let them scan the code). Then read the fingerprint to each other by phone or in person: only then record each other.</source>
        <translation>សូមផ្តល់សោសាធារណៈដល់ដៃគូ (ចម្លងវា ឬឱ្យពួកគេស្កេនកូដ)។ បន្ទាប់មក សូមអានស្នាមម្រាមដៃឱ្យគ្នាទៅវិញទៅមកតាមទូរស័ព្ទ ឬជួបផ្ទាល់៖ មានតែពេលនោះទេ ទើបកត់ត្រាគ្នាទៅវិញទៅមក។</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>ដៃគូ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ស្នាមម្រាមដៃ</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>បានកត់ត្រា</translation>
    </message>
    <message>
        <source>Record a partner…</source>
        <translation>កត់ត្រាដៃគូ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Partner offices</source>
        <translation>ការិយាល័យដៃគូ</translation>
    </message>
    <message>
        <source>Remove {name}? Packages from them will show as from an unknown office.</source>
        <translation>ដក {name} ចេញ? កញ្ចប់ពីពួកគេនឹងបង្ហាញថាមកពីការិយាល័យមិនស្គាល់។</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>ដកដៃគូចេញ</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>any</source>
        <translation>ណាមួយ</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>New passphrase:</source>
        <translation>ឃ្លាសម្ងាត់ថ្មី៖</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>វាយម្តងទៀត៖</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>សូមប្រើយ៉ាងហោចណាស់ {count} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Do not start or end the passphrase with a space.</source>
        <translation>កុំចាប់ផ្តើម ឬបញ្ចប់ឃ្លាសម្ងាត់ដោយដកឃ្លា។</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនទាន់ដូចគ្នាទេ។</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>ខ្លីពេក</translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation>ខ្សោយ៖ ងាយទាយ</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ល្មម</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>ល្អ</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>ខ្លាំង</translation>
    </message>
    <message>
        <source>Strength: {strength}</source>
        <translation>កម្លាំង៖ {strength}</translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>គន្លឹះ៖ ពាក្យបួន ឬច្រើនជាងនេះ ដែលមិនទាក់ទងគ្នា ងាយចងចាំ និងពិបាកទាយ។</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>of {count}</source>
        <translation>នៃ {count}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>ទំព័រមុន</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>ទំព័របន្ទាប់</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ឱ្យសមនឹងទទឹង</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>ទំព័រទាំងមូល</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ទំព័រ</translation>
    </message>
    <message>
        <source>The PDF is password-protected; Saksi cannot show it. Its bytes are kept as received.</source>
        <translation>PDF នេះមានពាក្យសម្ងាត់ការពារ Saksi មិនអាចបង្ហាញវាបានទេ។ បៃរបស់វាត្រូវបានរក្សាទុកដូចពេលទទួល។</translation>
    </message>
    <message>
        <source>The PDF could not be shown (it may be damaged). Its bytes are kept as received.</source>
        <translation>មិនអាចបង្ហាញ PDF បានទេ (វាប្រហែលជាខូច)។ បៃរបស់វាត្រូវបានរក្សាទុកដូចពេលទទួល។</translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>Where do these files come from?</source>
        <translation>តើឯកសារទាំងនេះមកពីណា?</translation>
    </message>
    <message>
        <source>Optional: who exactly, e.g. the client&apos;s sister</source>
        <translation>ស្រេចចិត្ត៖ នរណាឱ្យច្បាស់ ឧ. បងប្អូនស្រីរបស់កូនក្តី</translation>
    </message>
    <message>
        <source>e.g. WhatsApp, Telegram, the client&apos;s phone</source>
        <translation>ឧ. WhatsApp, Telegram, ទូរស័ព្ទរបស់កូនក្តី</translation>
    </message>
    <message>
        <source>e.g. screenshots of the chat with the recruiter</source>
        <translation>ឧ. រូបថតអេក្រង់នៃការជជែកជាមួយអ្នកជ្រើសរើស</translation>
    </message>
    <message>
        <source>Optional notes</source>
        <translation>កំណត់ចំណាំ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>ទទួលពី៖</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>ទទួលនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <source>Received via:</source>
        <translation>ទទួលតាមរយៈ៖</translation>
    </message>
    <message>
        <source>Original app or device:</source>
        <translation>កម្មវិធី ឬឧបករណ៍ដើម៖</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>ការពិពណ៌នា៖</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>កំណត់ចំណាំ៖</translation>
    </message>
    <message>
        <source>{count} file(s) will be stored unchanged. These answers are kept with each of them as its provenance.</source>
        <translation>ឯកសារ {count} នឹងត្រូវបានរក្សាទុកដោយមិនផ្លាស់ប្តូរ។ ចម្លើយទាំងនេះត្រូវបានរក្សាទុកជាមួយឯកសារនីមួយៗ ជាប្រភពរបស់វា។</translation>
    </message>
    <message>
        <source>For every file left empty below</source>
        <translation>សម្រាប់ឯកសារនីមួយៗដែលទុកទទេខាងក្រោម</translation>
    </message>
    <message>
        <source>Each file&apos;s own description (a file left empty gets the one above). Exhibit numbers follow this order; you can change both later.</source>
        <translation>ការពិពណ៌នាផ្ទាល់ខ្លួនរបស់ឯកសារនីមួយៗ (ឯកសារដែលទុកទទេ ទទួលយកការពិពណ៌នាខាងលើ)។ លេខវត្ថុតាងដើរតាមលំដាប់នេះ។ អ្នកអាចប្តូរទាំងពីរនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>កូនក្តី</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>សាក្សី</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>មន្ត្រី</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Phone transfer</source>
        <translation>ផ្ទេរពីទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>កម្មវិធីផ្ញើសារ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Step up</source>
        <translation>បង្កើន (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>បន្ថយ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>ជ្រើសទាំងអស់ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>យល់ព្រម (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>បោះបង់ (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>មើលក្នុង៖</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ឈ្មោះឯកសារ (&amp;N)៖</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ប្រភេទឯកសារ៖</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ថត៖</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ជ្រើស (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>បើក (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ទៅមុខ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ថតមេ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>បង្កើតថតថ្មី</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>ទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>ទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>ថតថ្មី</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ថតថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>លុប (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>ប្តូរឈ្មោះ (&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>បង្ហាញឯកសារលាក់ (&amp;H)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>រក្សាទុកជា</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ស្វែងរកថត</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ថត</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>កុំព្យូទ័ររបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>កុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ទីកន្លែងថ្មីៗ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>កាលបរិច្ឆេទកែប្រែ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ឌីស</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>បង្ហាញព័ត៌មានលម្អិត...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>លាក់ព័ត៌មានលម្អិត...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>បោះបង់ការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>មិនអើពើ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ស្តារលំនាំដើម</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>រំកិលទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>រំកិលទៅស្តាំ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសទាំងអស់</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ចម្លងទីតាំងតំណ (&amp;L)</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>បន្ទាប់ (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>បញ្ចប់ (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>បញ្ជាក់</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Sensitive</source>
        <translation>រសើប</translation>
    </message>
    <message>
        <source>Ask gently. The client may skip this question, or ask not to be asked again.</source>
        <translation>សួរដោយទន់ភ្លន់។ កូនក្តីអាចរំលងសំណួរនេះ ឬស្នើមិនឱ្យសួរម្តងទៀត។</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>រំលងសិន</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>កុំសួរម្តងទៀត</translation>
    </message>
    <message>
        <source>“{prompt}”: not asked again (recorded by {who} on {date}).</source>
        <translation>“{prompt}”៖ មិនសួរម្តងទៀត (កត់ត្រាដោយ {who} នៅថ្ងៃ {date})។</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
        <source>Skipped for now by {who} on {date}. You can come back to it.</source>
        <translation>បានរំលងសិនដោយ {who} នៅថ្ងៃ {date}។ អ្នកអាចត្រឡប់មកវាវិញបាន។</translation>
    </message>
    <message>
        <source>Ask now</source>
        <translation>សួរឥឡូវ</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>លេខកូដសង្គ្រោះរបស់អ្នក</translation>
    </message>
    <message>
        <source>Shown only once. Write it down or print it now.</source>
        <translation>បង្ហាញតែម្តងប៉ុណ្ណោះ។ សូមសរសេរវាទុក ឬបោះពុម្ពវាឥឡូវនេះ។</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Save as PDF…</source>
        <translation>រក្សាទុកជា PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <source>Write the code on paper (or print it) and keep the paper locked away. It opens the vault if all passphrases are lost, so anyone who holds it can read every case. Saksi will not show it again.</source>
        <translation>សូមសរសេរលេខកូដលើក្រដាស (ឬបោះពុម្ពវា) ហើយចាក់សោទុកក្រដាសនោះ។ វាបើកឃ្លាំងសម្ងាត់បាន ប្រសិនបើឃ្លាសម្ងាត់ទាំងអស់បាត់ ដូច្នេះអ្នកណាដែលកាន់វា អាចអានសំណុំរឿងទាំងអស់បាន។ Saksi នឹងមិនបង្ហាញវាម្តងទៀតទេ។</translation>
    </message>
    <message>
        <source>{vault} recovery code.pdf</source>
        <translation>លេខកូដសង្គ្រោះ {vault}.pdf</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>រក្សាទុកលេខកូដសង្គ្រោះជា PDF</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>លេខកូដសង្គ្រោះ</translation>
    </message>
    <message>
        <source>Saved as {path}. Print it now, then delete the file.</source>
        <translation>បានរក្សាទុកជា {path}។ សូមបោះពុម្ពវាឥឡូវនេះ រួចលុបឯកសារនោះចោល។</translation>
    </message>
    <message>
        <source>The recovery sheet was saved as {path}. Print it, keep the paper locked away, then delete the file.</source>
        <translation>សន្លឹកលេខកូដសង្គ្រោះត្រូវបានរក្សាទុកជា {path}។ សូមបោះពុម្ពវា ចាក់សោទុកក្រដាសនោះ រួចលុបឯកសារនោះចោល។</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>មិនអាចចាប់ផ្តើមម៉ាស៊ីនបោះពុម្ពបានទេ។</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Saksi recovery code</source>
        <translation>លេខកូដសង្គ្រោះ Saksi</translation>
    </message>
    <message>
        <source>Vault: {vault}    Written: {date}</source>
        <translation>ឃ្លាំងសម្ងាត់៖ {vault}    សរសេរ៖ {date}</translation>
    </message>
    <message>
        <source>Keep this paper locked away. It opens the vault if all passphrases are lost.</source>
        <translation>សូមចាក់សោទុកក្រដាសនេះ។ វាបើកឃ្លាំងសម្ងាត់បាន ប្រសិនបើឃ្លាសម្ងាត់ទាំងអស់បាត់។</translation>
    </message>
    <message>
        <source>Anyone who holds this code can read every case in the vault. Do not photograph it, do not send it, and do not keep it on a computer. If you saved it as a PDF, print it and delete the file.</source>
        <translation>អ្នកណាដែលកាន់លេខកូដនេះ អាចអានសំណុំរឿងទាំងអស់ក្នុងឃ្លាំងសម្ងាត់បាន។ កុំថតរូបវា កុំផ្ញើវា ហើយកុំរក្សាទុកវានៅលើកុំព្យូទ័រ។ ប្រសិនបើអ្នកបានរក្សាទុកវាជា PDF សូមបោះពុម្ពវា ហើយលុបឯកសារនោះចោល។</translation>
    </message>
    <message>
        <source>Saksi shows this code only once. An admin can replace it in Settings; this paper then stops working.</source>
        <translation>Saksi បង្ហាញលេខកូដនេះតែម្តងប៉ុណ្ណោះ។ អ្នកគ្រប់គ្រងអាចជំនួសវានៅក្នុង «ការកំណត់» ពេលនោះក្រដាសនេះនឹងលែងប្រើបាន។</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>មិនអាចសរសេរ {path} បានទេ៖ {reason}។</translation>
    </message>
</context>
<context>
    <name>RecruitersArea</name>
    <message>
        <source>Show identifiers found in one case too</source>
        <translation>បង្ហាញអត្តសញ្ញាណសម្គាល់ដែលរកឃើញក្នុងសំណុំរឿងតែមួយផងដែរ</translation>
    </message>
    <message>
        <source>Find a number, handle, e-mail, site or wallet…</source>
        <translation>ស្វែងរកលេខ ឈ្មោះគណនី អ៊ីមែល គេហទំព័រ ឬកាបូប…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>ដូចដែលបានសរសេរ</translation>
    </message>
    <message>
        <source>One spelling</source>
        <translation>ការសរសេរតែមួយ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>សំណុំរឿង</translation>
    </message>
    <message>
        <source>In cases</source>
        <translation>ក្នុងសំណុំរឿង</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>សំណុំរឿង</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>កន្លែង</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>ការសរសេរ</translation>
    </message>
    <message>
        <source>Export the chosen for a report…</source>
        <translation>នាំចេញអ្វីដែលបានជ្រើសសម្រាប់របាយការណ៍…</translation>
    </message>
    <message>
        <source>Recruiters and identifiers</source>
        <translation>អ្នកជ្រើសរើស និងអត្តសញ្ញាណសម្គាល់</translation>
    </message>
    <message>
        <source>Found in chats, text read from images and case records, in any spelling (the case&apos;s country is used for numbers written without a country code). Double-click a source to open it.</source>
        <translation>រកឃើញក្នុងការជជែក អត្ថបទដែលអានពីរូបភាព និងកំណត់ត្រាសំណុំរឿង តាមការសរសេរណាក៏ដោយ (ប្រទេសរបស់សំណុំរឿងត្រូវបានប្រើសម្រាប់លេខដែលសរសេរដោយគ្មានលេខកូដប្រទេស)។ ចុចពីរដងលើប្រភពដើម្បីបើកវា។</translation>
    </message>
    <message>
        <source>Where it appears</source>
        <translation>កន្លែងដែលវាលេចឡើង</translation>
    </message>
    <message>
        <source>Reading identifiers…</source>
        <translation>កំពុងអានអត្តសញ្ញាណសម្គាល់…</translation>
    </message>
    <message>
        <source>{shared} identifiers appear in more than one case.</source>
        <translation>អត្តសញ្ញាណសម្គាល់ {shared} លេចឡើងក្នុងសំណុំរឿងច្រើនជាងមួយ។</translation>
    </message>
    <message>
        <source>No identifier appears in more than one case yet.</source>
        <translation>មិនទាន់មានអត្តសញ្ញាណសម្គាល់ណាលេចឡើងក្នុងសំណុំរឿងច្រើនជាងមួយទេ។</translation>
    </message>
    <message>
        <source>, message #{seq}</source>
        <translation>, សារ #{seq}</translation>
    </message>
    <message>
        <source>case record: {field}</source>
        <translation>កំណត់ត្រាសំណុំរឿង៖ {field}</translation>
    </message>
    <message>
        <source>person {name}</source>
        <translation>បុគ្គល {name}</translation>
    </message>
    <message>
        <source>the client&apos;s contacts</source>
        <translation>ទំនាក់ទំនងរបស់កូនក្តី</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>អង្គហេតុ</translation>
    </message>
    <message>
        <source>the job offered</source>
        <translation>ការងារដែលបានផ្តល់ជូន</translation>
    </message>
    <message>
        <source>Export identifiers</source>
        <translation>នាំចេញអត្តសញ្ញាណសម្គាល់</translation>
    </message>
    <message>
        <source>Identifiers exported</source>
        <translation>បាននាំចេញអត្តសញ្ញាណសម្គាល់</translation>
    </message>
    <message>
        <source>{path}

The export was recorded in the audit log. The file is not encrypted: keep it safe.</source>
        <translation>{path}

ការនាំចេញត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។ ឯកសារមិនត្រូវបានអ៊ិនគ្រីបទេ៖ សូមរក្សាវាឲ្យមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>កំពុងនាំចេញ…</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <source>Redacted copy of {label}</source>
        <translation>ច្បាប់ចម្លងបិទបាំងនៃ {label}</translation>
    </message>
    <message>
        <source>Draw over what must not be seen. The original {label} never changes: the copy is rebuilt from the pixels only, without EXIF, GPS or comments, and is kept as a new exhibit linked to it.</source>
        <translation>គូរពីលើអ្វីដែលមិនត្រូវឱ្យគេឃើញ។ ច្បាប់ដើម {label} មិនដែលផ្លាស់ប្តូរទេ៖ ច្បាប់ចម្លងត្រូវបានបង្កើតឡើងវិញពីភីកសែលតែប៉ុណ្ណោះ ដោយគ្មាន EXIF, GPS ឬមតិយោបល់ ហើយត្រូវបានរក្សាទុកជាវត្ថុតាងថ្មីដែលភ្ជាប់នឹងវា។</translation>
    </message>
    <message>
        <source>Draw black boxes</source>
        <translation>គូរប្រអប់ខ្មៅ</translation>
    </message>
    <message>
        <source>Draw the crop area</source>
        <translation>គូរតំបន់កាត់</translation>
    </message>
    <message>
        <source>Black boxes:</source>
        <translation>ប្រអប់ខ្មៅ៖</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>ដកប្រអប់ចេញ</translation>
    </message>
    <message>
        <source>No crop</source>
        <translation>មិនកាត់</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>បង្វិលទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>បង្វិលទៅស្តាំ</translation>
    </message>
    <message>
        <source>Save redacted copy</source>
        <translation>រក្សាទុកច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>{w} × {h} at {x}, {y}</source>
        <translation>{w} × {h} នៅ {x}, {y}</translation>
    </message>
    <message>
        <source>Whole image (no crop).</source>
        <translation>រូបភាពទាំងមូល (មិនកាត់)។</translation>
    </message>
    <message>
        <source>Crop: {w} × {h} pixels.</source>
        <translation>កាត់៖ {w} × {h} ភីកសែល។</translation>
    </message>
    <message>
        <source>Turned {degrees}° clockwise.</source>
        <translation>បានបង្វិល {degrees}° តាមទ្រនិចនាឡិកា។</translation>
    </message>
    <message>
        <source>Not turned.</source>
        <translation>មិនបានបង្វិល។</translation>
    </message>
    <message>
        <source>Making the copy…</source>
        <translation>កំពុងធ្វើច្បាប់ចម្លង…</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>(removed)</source>
        <translation>(បានដកចេញ)</translation>
    </message>
    <message>
        <source>From {name}, a recorded partner (fingerprint {fingerprint}).</source>
        <translation>ពី {name} ដែលជាដៃគូបានកត់ត្រា (ស្នាមម្រាមដៃ {fingerprint})។</translation>
    </message>
    <message>
        <source>From an office that is NOT a recorded partner. It calls itself {name}; fingerprint {fingerprint}. Check it with them before trusting it.</source>
        <translation>ពីការិយាល័យដែលមិនមែនជាដៃគូបានកត់ត្រា។ វាហៅខ្លួនឯងថា {name}; ស្នាមម្រាមដៃ {fingerprint}។ សូមពិនិត្យជាមួយពួកគេ មុននឹងទុកចិត្តវា។</translation>
    </message>
    <message>
        <source>Sealed {when}. Parts: {parts}.</source>
        <translation>បានបិទភ្ជាប់ {when}។ ផ្នែក៖ {parts}។</translation>
    </message>
    <message>
        <source>A new case here: {reference}.</source>
        <translation>សំណុំរឿងថ្មីនៅទីនេះ៖ {reference}។</translation>
    </message>
    <message>
        <source>against the last version both offices saw</source>
        <translation>ធៀបនឹងកំណែចុងក្រោយដែលការិយាល័យទាំងពីរបានឃើញ</translation>
    </message>
    <message>
        <source>with no common version</source>
        <translation>ដោយគ្មានកំណែរួម</translation>
    </message>
    <message>
        <source>Merges into {reference} {basis}: {taken} change(s) taken, {conflicts} conflict(s).</source>
        <translation>បញ្ចូលគ្នាទៅក្នុង {reference} {basis}៖ យកការផ្លាស់ប្តូរ {taken}, ការប៉ះទង្គិច {conflicts}។</translation>
    </message>
    <message>
        <source>  takes {field}</source>
        <translation>  យក {field}</translation>
    </message>
    <message>
        <source>  conflict {field}: ours {ours} / theirs {theirs}</source>
        <translation>  ការប៉ះទង្គិច {field}៖ របស់យើង {ours} / របស់ពួកគេ {theirs}</translation>
    </message>
    <message>
        <source>already here as {label}</source>
        <translation>មាននៅទីនេះរួចហើយជា {label}</translation>
    </message>
    <message>
        <source>new exhibit</source>
        <translation>វត្ថុតាងថ្មី</translation>
    </message>
    <message>
        <source>  exhibit {label} ({size} bytes): {status}</source>
        <translation>  វត្ថុតាង {label} ({size} បៃ)៖ {status}</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral of {reference}</source>
        <translation>ការបញ្ជូន {reference}</translation>
    </message>
    <message>
        <source>Send to a partner</source>
        <translation>ផ្ញើទៅដៃគូ</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>នាំចូលកញ្ចប់</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ការប៉ះទង្គិច</translation>
    </message>
    <message>
        <source>Form for a partner without Saksi</source>
        <translation>លិខិតសម្រាប់ដៃគូដែលគ្មាន Saksi</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>ផ្នែកនៃសំណុំរឿង</translation>
    </message>
    <message>
        <source>Also unredacted originals of redacted exhibits</source>
        <translation>រួមទាំងច្បាប់ដើមដែលមិនបានបិទបាំងនៃវត្ថុតាងដែលបានបិទបាំង</translation>
    </message>
    <message>
        <source>Record the client&apos;s consent…</source>
        <translation>កត់ត្រាការយល់ព្រមរបស់កូនក្តី…</translation>
    </message>
    <message>
        <source>Save package…</source>
        <translation>រក្សាទុកកញ្ចប់…</translation>
    </message>
    <message>
        <source>Put in the exchange folder</source>
        <translation>ដាក់ក្នុងថតផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Into the partner&apos;s inbox in the folder Syncthing shares with them</source>
        <translation>ចូលក្នុងប្រអប់សំបុត្ររបស់ដៃគូ ក្នុងថតដែល Syncthing ចែករំលែកជាមួយពួកគេ</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>ដៃគូ៖</translation>
    </message>
    <message>
        <source>Exhibits (redacted copies go where they exist):</source>
        <translation>វត្ថុតាង (ច្បាប់ចម្លងបិទបាំងត្រូវបានផ្ញើនៅកន្លែងដែលមាន)៖</translation>
    </message>
    <message>
        <source>Record a partner office first (Settings, Office and partners).</source>
        <translation>សូមកត់ត្រាការិយាល័យដៃគូជាមុនសិន (ការកំណត់ ការិយាល័យ និងដៃគូ)។</translation>
    </message>
    <message>
        <source>No recorded consent allows referring these parts to this partner: it cannot be sent.</source>
        <translation>គ្មានការយល់ព្រមដែលបានកត់ត្រាអនុញ្ញាតឱ្យបញ្ជូនផ្នែកទាំងនេះទៅដៃគូនេះទេ៖ មិនអាចផ្ញើបានទេ។</translation>
    </message>
    <message>
        <source>The client&apos;s consent covers this referral.</source>
        <translation>ការយល់ព្រមរបស់កូនក្តីគ្របដណ្តប់ការបញ្ជូននេះ។</translation>
    </message>
    <message>
        <source>Record that the client agreed to refer these parts of the case to {partner}? Do this only when they did, and were told what will be sent.</source>
        <translation>កត់ត្រាថាកូនក្តីបានយល់ព្រមឱ្យបញ្ជូនផ្នែកទាំងនេះនៃសំណុំរឿងទៅ {partner}? សូមធ្វើដូច្នេះតែនៅពេលដែលពួកគេបានយល់ព្រម និងត្រូវបានប្រាប់ពីអ្វីដែលនឹងត្រូវផ្ញើ។</translation>
    </message>
    <message>
        <source>Consent to referral</source>
        <translation>ការយល់ព្រមលើការបញ្ជូន</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>កត់ត្រាការយល់ព្រម</translation>
    </message>
    <message>
        <source>Referral of the case to {partner}</source>
        <translation>ការបញ្ជូនសំណុំរឿងទៅ {partner}</translation>
    </message>
    <message>
        <source>Save the referral package</source>
        <translation>រក្សាទុកកញ្ចប់បញ្ជូន</translation>
    </message>
    <message>
        <source>Sealing the package…</source>
        <translation>កំពុងបិទភ្ជាប់កញ្ចប់…</translation>
    </message>
    <message>
        <source>Package saved</source>
        <translation>បានរក្សាទុកកញ្ចប់</translation>
    </message>
    <message>
        <source>{path} is encrypted for {partner} alone, and signed by this office.</source>
        <translation>{path} ត្រូវបានអ៊ិនគ្រីបសម្រាប់តែ {partner} ប៉ុណ្ណោះ ហើយបានចុះហត្ថលេខាដោយការិយាល័យនេះ។</translation>
    </message>
    <message>
        <source>Open a package…</source>
        <translation>បើកកញ្ចប់…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <source>Open a referral package</source>
        <translation>បើកកញ្ចប់បញ្ជូន</translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation>កំពុងបើកកញ្ចប់…</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>កំពុងនាំចូលកញ្ចប់…</translation>
    </message>
    <message>
        <source>Imported the case {reference}.</source>
        <translation>បាននាំចូលសំណុំរឿង {reference}។</translation>
    </message>
    <message>
        <source>Merged into {reference}: {taken} change(s) taken, {conflicts} conflict(s) kept.</source>
        <translation>បានបញ្ចូលគ្នាទៅក្នុង {reference}៖ យកការផ្លាស់ប្តូរ {taken}, រក្សាទុកការប៉ះទង្គិច {conflicts}។</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>របស់យើង</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>របស់ពួកគេ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>រក្សារបស់យើង</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>យករបស់ពួកគេ</translation>
    </message>
    <message>
        <source>The same field was changed here and by the partner. Ours is in the case until someone chooses; theirs is kept here.</source>
        <translation>វាលដដែលត្រូវបានផ្លាស់ប្តូរនៅទីនេះ និងដោយដៃគូ។ របស់យើងស្ថិតនៅក្នុងសំណុំរឿង រហូតដល់មាននរណាម្នាក់ជ្រើសរើស; របស់ពួកគេត្រូវបានរក្សាទុកនៅទីនេះ។</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>ការប៉ះទង្គិច ({count})</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>ការប៉ះទង្គិច</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Profile</source>
        <translation>ប្រវត្តិរូប</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>ការជ្រើសរើស</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>ការដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>លក្ខខណ្ឌ</translation>
    </message>
    <message>
        <source>Rescue and detention</source>
        <translation>ការជួយសង្គ្រោះ និងការឃុំខ្លួន</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>តាមពេលវេលា</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Only cases opened on or after this day. “any”: no limit.</source>
        <translation>តែសំណុំរឿងដែលបានបើកនៅថ្ងៃនេះ ឬក្រោយថ្ងៃនេះ។ “ណាមួយ”៖ គ្មានដែនកំណត់។</translation>
    </message>
    <message>
        <source>Only cases opened on or before this day. “any”: no limit.</source>
        <translation>តែសំណុំរឿងដែលបានបើកនៅថ្ងៃនេះ ឬមុនថ្ងៃនេះ។ “ណាមួយ”៖ គ្មានដែនកំណត់។</translation>
    </message>
    <message>
        <source>Any jurisdiction</source>
        <translation>គ្រប់យុត្តាធិការ</translation>
    </message>
    <message>
        <source>Where the case is handled</source>
        <translation>កន្លែងដែលសំណុំរឿងត្រូវបានដោះស្រាយ</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>គ្រប់សញ្ជាតិ</translation>
    </message>
    <message>
        <source>The client&apos;s nationality</source>
        <translation>សញ្ជាតិរបស់កូនក្តី</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <source>Where the case stands</source>
        <translation>ស្ថានភាពនៃសំណុំរឿង</translation>
    </message>
    <message>
        <source>Minimum cell size</source>
        <translation>ទំហំក្រឡាអប្បបរមា</translation>
    </message>
    <message>
        <source>The smallest group of people a figure may describe (k). No count from 1 to k-1 is shown: hidden counts show as “x” and a pale stub, and more cells are hidden where needed so that none can be worked out from the others. If fewer than k case files match the filters, the whole report is withheld. A higher k protects clients better and hides more. It cannot be below {min}.</source>
        <translation>ក្រុមមនុស្សតូចបំផុតដែលតួលេខមួយអាចពិពណ៌នា (k)។ មិនបង្ហាញចំនួនណាពី 1 ដល់ k-1 ទេ៖ ចំនួនដែលលាក់បង្ហាញជា “x” និងគល់ស្លេក ហើយក្រឡាផ្សេងទៀតត្រូវបានលាក់នៅពេលចាំបាច់ ដើម្បីកុំឱ្យគេគណនាចំនួនណាមួយចេញពីចំនួនផ្សេងទៀតបាន។ ប្រសិនបើសំណុំរឿងតិចជាង k ត្រូវនឹងតម្រង របាយការណ៍ទាំងមូលត្រូវបានរក្សាទុកមិនបង្ហាញ។ k ខ្ពស់ជាង ការពារកូនក្តីបានល្អជាង និងលាក់ច្រើនជាង។ វាមិនអាចទាបជាង {min} ទេ។</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ធ្វើឱ្យថ្មី</translation>
    </message>
    <message>
        <source>Count the case files again with these filters (F5)</source>
        <translation>រាប់សំណុំរឿងម្តងទៀតជាមួយតម្រងទាំងនេះ (F5)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>សម្អាតតម្រង</translation>
    </message>
    <message>
        <source>Write the report as PDF, its tables and the anonymised case rows as CSV into an empty or new folder. Recorded in the audit log.</source>
        <translation>សរសេររបាយការណ៍ជា PDF តារាងរបស់វា និងជួរសំណុំរឿងដែលបានលុបអត្តសញ្ញាណជា CSV ចូលក្នុងថតទទេ ឬថតថ្មី។ កត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>នាំចេញរបាយការណ៍…</translation>
    </message>
    <message>
        <source>Exports need a lawyer or admin.</source>
        <translation>ការនាំចេញត្រូវការមេធាវី ឬអ្នកគ្រប់គ្រង។</translation>
    </message>
    <message>
        <source>Counting the case files…</source>
        <translation>កំពុងរាប់សំណុំរឿង…</translation>
    </message>
    <message>
        <source>Findings from the case files</source>
        <translation>លទ្ធផលរកឃើញពីសំណុំរឿង</translation>
    </message>
    <message>
        <source>Cases opened from</source>
        <translation>សំណុំរឿងបានបើកពី</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>យុត្តាធិការ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>ស្ថានភាពសំណុំរឿង</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>ទៅកាន់៖</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later “to” date.</source>
        <translation>រយៈពេលបញ្ចប់មុនពេលវាចាប់ផ្តើម៖ សូមជ្រើសកាលបរិច្ឆេទ “ដល់” ក្រោយជាងនេះ។</translation>
    </message>
    <message>
        <source>The filters have changed: press Refresh to update the report.</source>
        <translation>តម្រងបានផ្លាស់ប្តូរ៖ សូមចុច «ធ្វើឱ្យថ្មី» ដើម្បីធ្វើបច្ចុប្បន្នភាពរបាយការណ៍។</translation>
    </message>
    <message>
        <source>Refresh first, so that the export is the report you see.</source>
        <translation>សូមចុច «ធ្វើឱ្យថ្មី» ជាមុនសិន ដើម្បីឱ្យការនាំចេញជារបាយការណ៍ដែលអ្នកឃើញ។</translation>
    </message>
    <message>
        <source>Nothing to export: the report is withheld.</source>
        <translation>គ្មានអ្វីសម្រាប់នាំចេញទេ៖ របាយការណ៍ត្រូវបានរក្សាទុកមិនបង្ហាញ។</translation>
    </message>
    <message>
        <source>Choose an empty or new folder for the report</source>
        <translation>ជ្រើសថតទទេ ឬថតថ្មីសម្រាប់របាយការណ៍</translation>
    </message>
    <message>
        <source>Saksi cannot read the folder {folder}: {reason}</source>
        <translation>Saksi មិនអាចអានថត {folder} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>កំពុងសរសេររបាយការណ៍…</translation>
    </message>
    <message>
        <source>Exported to {folder}</source>
        <translation>បាននាំចេញទៅ {folder}</translation>
    </message>
    <message>
        <source>Files: {files}</source>
        <translation>ឯកសារ៖ {files}</translation>
    </message>
    <message>
        <source>Case rows in cases-ctdc.csv and cases-htcds.csv: {released} released, {withheld} withheld (too few cases share their gender, age band, citizenship, country of exploitation and year, or a value hidden in the tables).</source>
        <translation>ជួរសំណុំរឿងក្នុង cases-ctdc.csv និង cases-htcds.csv៖ បញ្ចេញ {released} រក្សាទុកមិនបញ្ចេញ {withheld} (មានសំណុំរឿងតិចពេកដែលមានភេទ ក្រុមអាយុ សញ្ជាតិ ប្រទេសនៃការកេងប្រវ័ញ្ច និងឆ្នាំដូចគ្នា ឬមានតម្លៃដែលលាក់ក្នុងតារាង)។</translation>
    </message>
    <message>
        <source>The export was recorded in the audit log. The files are not encrypted: keep them safe.</source>
        <translation>ការនាំចេញត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសវនកម្ម។ ឯកសារទាំងនេះមិនត្រូវបានអ៊ិនគ្រីបទេ៖ សូមរក្សាវាឱ្យមានសុវត្ថិភាព។</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>ស្តារច្បាប់ចម្លងបម្រុងទុក</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ស្តារ</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>ច្បាប់ចម្លងបម្រុងទុក៖</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើស…</translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation>ស្តារទៅក្នុង៖</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>ឈ្មោះរបស់អ្នក៖</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>ឃ្លាសម្ងាត់របស់អ្នក៖</translation>
    </message>
    <message>
        <source>The backup is checked, then copied into a new vault folder. An existing vault is never overwritten without your confirmation, and a replaced vault is kept beside the new one.</source>
        <translation>ច្បាប់ចម្លងបម្រុងទុកត្រូវបានពិនិត្យ បន្ទាប់មកចម្លងចូលទៅក្នុងថតឃ្លាំងសម្ងាត់ថ្មី។ ឃ្លាំងសម្ងាត់ដែលមានស្រាប់ មិនដែលត្រូវបានសរសេរជាន់លើដោយគ្មានការបញ្ជាក់របស់អ្នកទេ ហើយឃ្លាំងសម្ងាត់ដែលត្រូវបានជំនួស ត្រូវបានរក្សាទុកនៅក្បែរឃ្លាំងថ្មី។</translation>
    </message>
    <message>
        <source>Choose the backup folder (NAME.saksi)</source>
        <translation>ជ្រើសថតច្បាប់ចម្លងបម្រុងទុក (ឈ្មោះ.saksi)</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>ជ្រើសថតដែលត្រូវស្តារចូល</translation>
    </message>
    <message>
        <source>Choose the backup and where to restore it.</source>
        <translation>សូមជ្រើសច្បាប់ចម្លងបម្រុងទុក និងកន្លែងដែលត្រូវស្តារវា។</translation>
    </message>
    <message>
        <source>Replace a vault?</source>
        <translation>ជំនួសឃ្លាំងសម្ងាត់ឬ?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it with the backup? The current vault is kept beside it as a folder ending in .replaced-DATE; nothing is deleted.</source>
        <translation>{path} មានរួចហើយ។ ជំនួសវាដោយច្បាប់ចម្លងបម្រុងទុកឬ? ឃ្លាំងសម្ងាត់បច្ចុប្បន្នត្រូវបានរក្សាទុកនៅក្បែរវា ជាថតដែលបញ្ចប់ដោយ .replaced-DATE គ្មានអ្វីត្រូវបានលុបទេ។</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>ជំនួសវា</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>កំពុងស្តារច្បាប់ចម្លងបម្រុងទុក…</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Admin</source>
        <translation>អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>មេធាវី</translation>
    </message>
    <message>
        <source>Paralegal</source>
        <translation>ជំនួយការច្បាប់</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>កុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>មិនដែល</translation>
    </message>
    <message>
        <source>Lock after no use for:</source>
        <translation>ចាក់សោក្រោយពេលមិនប្រើរយៈពេល៖</translation>
    </message>
    <message>
        <source>Unlock without passphrase:</source>
        <translation>ដោះសោដោយគ្មានឃ្លាសម្ងាត់៖</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>ភាសាផ្ទាំងកម្មវិធី៖</translation>
    </message>
    <message>
        <source>A new language shows at once; open case pages close, and what you typed is saved.</source>
        <translation>ភាសាថ្មីបង្ហាញភ្លាមៗ ទំព័រសំណុំរឿងដែលកំពុងបើកនឹងបិទ ហើយអ្វីដែលអ្នកបានវាយត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Read the text of images when they are imported</source>
        <translation>អានអត្ថបទក្នុងរូបភាព នៅពេលនាំចូល</translation>
    </message>
    <message>
        <source>In the background, in the sandboxed decoder; each image takes a few seconds. Read text always works.</source>
        <translation>ដំណើរការនៅខាងក្រោយ ក្នុងកម្មវិធីបំលែងដាច់ដោយឡែក។ រូបភាពនីមួយៗចំណាយពេលពីរបីវិនាទី។ ប៊ូតុង «អានអត្ថបទ» តែងតែប្រើបាន។</translation>
    </message>
    <message>
        <source>Screenshots:</source>
        <translation>រូបថតអេក្រង់៖</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>គណនីរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>ប្តូរឃ្លាសម្ងាត់របស់ខ្ញុំ…</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>បានចូលជា៖</translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>ឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>Verify vault</source>
        <translation>ផ្ទៀងផ្ទាត់ឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>Back up vault…</source>
        <translation>បម្រុងទុកឃ្លាំងសម្ងាត់…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>កំណត់ហេតុសវនកម្ម…</translation>
    </message>
    <message>
        <source>Office and partners…</source>
        <translation>ការិយាល័យ និងដៃគូ…</translation>
    </message>
    <message>
        <source>Exchange folder…</source>
        <translation>ថតផ្លាស់ប្តូរ…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>ថត៖</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>ការគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>អ្នកប្រើ…</translation>
    </message>
    <message>
        <source>Replace recovery code…</source>
        <translation>ជំនួសលេខកូដសង្គ្រោះ…</translation>
    </message>
    <message>
        <source>Rotate data key…</source>
        <translation>ផ្លាស់ប្តូរសោទិន្នន័យ…</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>គ្មានដែនកំណត់</translation>
    </message>
    <message>
        <source>Everyone locks after at most:</source>
        <translation>គ្រប់គ្នាចាក់សោក្រោយយូរបំផុត៖</translation>
    </message>
    <message>
        <source>Rotate the data key after a laptop or USB stick is lost, or after removing someone who may have kept a copy of it. Other users then need a passphrase reset.</source>
        <translation>សូមផ្លាស់ប្តូរសោទិន្នន័យ ក្រោយពេលកុំព្យូទ័រយួរដៃ ឬ USB បាត់ ឬក្រោយពេលដកអ្នកដែលប្រហែលជាបានរក្សាច្បាប់ចម្លងរបស់វា។ បន្ទាប់មក អ្នកប្រើផ្សេងទៀតត្រូវការការកំណត់ឃ្លាសម្ងាត់ឡើងវិញ។</translation>
    </message>
    <message>
        <source>An admin set the longest to {minutes} minutes; you may choose less.</source>
        <translation>អ្នកគ្រប់គ្រងបានកំណត់យូរបំផុត {minutes} នាទី។ អ្នកអាចជ្រើសរើសតិចជាងនេះ។</translation>
    </message>
    <message>
        <source>Forget on this device</source>
        <translation>បំភ្លេចលើឧបករណ៍នេះ</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>ចងចាំលើឧបករណ៍នេះ</translation>
    </message>
    <message>
        <source>This computer unlocks the vault for you without a passphrase.</source>
        <translation>កុំព្យូទ័រនេះដោះសោឃ្លាំងសម្ងាត់ឱ្យអ្នក ដោយគ្មានឃ្លាសម្ងាត់។</translation>
    </message>
    <message>
        <source>Only on a computer that you alone use and that locks its screen.</source>
        <translation>តែលើកុំព្យូទ័រដែលអ្នកប្រើតែម្នាក់ឯង ហើយដែលចាក់សោអេក្រង់របស់វាប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Updating this device…</source>
        <translation>កំពុងធ្វើបច្ចុប្បន្នភាពឧបករណ៍នេះ…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>ឃ្លាសម្ងាត់របស់អ្នកត្រូវបានប្តូរ។</translation>
    </message>
    <message>
        <source>Verifying the vault…</source>
        <translation>កំពុងផ្ទៀងផ្ទាត់ឃ្លាំងសម្ងាត់…</translation>
    </message>
    <message>
        <source>Verified at {time}: no problems.</source>
        <translation>បានផ្ទៀងផ្ទាត់នៅម៉ោង {time}៖ គ្មានបញ្ហា។</translation>
    </message>
    <message>
        <source>No problems found. The encryption, the database, its version and the audit log are intact.</source>
        <translation>រកមិនឃើញបញ្ហាទេ។ ការអ៊ិនគ្រីប មូលដ្ឋានទិន្នន័យ កំណែរបស់វា និងកំណត់ហេតុសវនកម្ម នៅដដែល។</translation>
    </message>
    <message>
        <source>Verified at {time}: problems found.</source>
        <translation>បានផ្ទៀងផ្ទាត់នៅម៉ោង {time}៖ រកឃើញបញ្ហា។</translation>
    </message>
    <message>
        <source>Saksi found problems:
{problems}

Restore the vault from a backup, or ask for help.</source>
        <translation>Saksi បានរកឃើញបញ្ហា៖
{problems}

សូមស្តារឃ្លាំងសម្ងាត់ពីច្បាប់ចម្លងបម្រុងទុក ឬសុំជំនួយ។</translation>
    </message>
    <message>
        <source>Choose where to write the backup (a USB stick, for example)</source>
        <translation>ជ្រើសកន្លែងសរសេរច្បាប់ចម្លងបម្រុងទុក (ឧ. USB)</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>កំពុងសរសេរ និងពិនិត្យច្បាប់ចម្លងបម្រុងទុក…</translation>
    </message>
    <message>
        <source>Last backup: {path}</source>
        <translation>ការបម្រុងទុកចុងក្រោយ៖ {path}</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>បម្រុងទុកឃ្លាំងសម្ងាត់</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{path}

It is encrypted like the vault itself.</source>
        <translation>ច្បាប់ចម្លងបម្រុងទុកត្រូវបានសរសេរ និងពិនិត្យ៖
{path}

វាត្រូវបានអ៊ិនគ្រីបដូចឃ្លាំងសម្ងាត់ដែរ។</translation>
    </message>
    <message>
        <source>Replace recovery code</source>
        <translation>ជំនួសលេខកូដសង្គ្រោះ</translation>
    </message>
    <message>
        <source>Saksi will make a new recovery code and show it once. The old paper stops working at once, so destroy it after you have put the new one away.</source>
        <translation>Saksi នឹងបង្កើតលេខកូដសង្គ្រោះថ្មី ហើយបង្ហាញវាម្តង។ ក្រដាសចាស់លែងប្រើបានភ្លាមៗ ដូច្នេះសូមបំផ្លាញវា ក្រោយពេលអ្នកបានរក្សាទុកក្រដាសថ្មី។</translation>
    </message>
    <message>
        <source>Replace code</source>
        <translation>ជំនួសលេខកូដ</translation>
    </message>
    <message>
        <source>This is the new recovery code. The old one no longer works.</source>
        <translation>នេះជាលេខកូដសង្គ្រោះថ្មី។ លេខកូដចាស់លែងប្រើបានទៀតហើយ។</translation>
    </message>
    <message>
        <source>Rotate data key</source>
        <translation>ផ្លាស់ប្តូរសោទិន្នន័យ</translation>
    </message>
    <message>
        <source>Saksi will re-encrypt the whole vault with a new key. This can take a while for a large vault; do not unplug the drive.

Afterwards every other user needs a passphrase reset (Users…), every remembered device is forgotten, and there is a new recovery code.</source>
        <translation>Saksi នឹងអ៊ិនគ្រីបឃ្លាំងសម្ងាត់ទាំងមូលឡើងវិញ ដោយសោថ្មី។ ការនេះអាចចំណាយពេលយូរសម្រាប់ឃ្លាំងសម្ងាត់ធំ កុំដកឧបករណ៍ផ្ទុកចេញ។

បន្ទាប់មក អ្នកប្រើផ្សេងទៀតទាំងអស់ត្រូវការការកំណត់ឃ្លាសម្ងាត់ឡើងវិញ (អ្នកប្រើ…) ឧបករណ៍ដែលបានចងចាំទាំងអស់ត្រូវបានបំភ្លេច ហើយមានលេខកូដសង្គ្រោះថ្មី។</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>ផ្លាស់ប្តូរសោ</translation>
    </message>
    <message>
        <source>The vault has a new data key. This is its new recovery code; the old one no longer works.</source>
        <translation>ឃ្លាំងសម្ងាត់មានសោទិន្នន័យថ្មី។ នេះជាលេខកូដសង្គ្រោះថ្មីរបស់វា លេខកូដចាស់លែងប្រើបានទៀតហើយ។</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>[Only the first {size} are shown.]</source>
        <translation>[បង្ហាញតែ {size} ដំបូងប៉ុណ្ណោះ។]</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Open another vault</source>
        <translation>បើកឃ្លាំងសម្ងាត់ផ្សេង</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>អ្នកប្រើ៖</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>ចងចាំលើឧបករណ៍នេះ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ដោះសោ</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>ឃ្លាសម្ងាត់៖</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>ឃ្លាសម្ងាត់ថ្មី៖</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>ដោះសោ ហើយកំណត់ឃ្លាសម្ងាត់ថ្មី</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>លេខកូដសង្គ្រោះ៖</translation>
    </message>
    <message>
        <source>Type the code from the recovery paper, then choose a new passphrase for the user above.</source>
        <translation>សូមវាយលេខកូដពីក្រដាសសង្គ្រោះ បន្ទាប់មកជ្រើសឃ្លាសម្ងាត់ថ្មីសម្រាប់អ្នកប្រើខាងលើ។</translation>
    </message>
    <message>
        <source>Unlock {vault}</source>
        <translation>ដោះសោ {vault}</translation>
    </message>
    <message>
        <source>Unlock without a passphrase on this computer from now on.</source>
        <translation>ចាប់ពីពេលនេះតទៅ ដោះសោដោយគ្មានឃ្លាសម្ងាត់លើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <source>This vault has no users left who can unlock it. Use the recovery code.</source>
        <translation>ឃ្លាំងសម្ងាត់នេះលែងមានអ្នកប្រើដែលអាចដោះសោវាបានទៀតហើយ។ សូមប្រើលេខកូដសង្គ្រោះ។</translation>
    </message>
    <message>
        <source>Unlock as {user} with this device</source>
        <translation>ដោះសោជា {user} ដោយឧបករណ៍នេះ</translation>
    </message>
    <message>
        <source>Or unlock with a passphrase:</source>
        <translation>ឬដោះសោដោយឃ្លាសម្ងាត់៖</translation>
    </message>
    <message>
        <source>Use a passphrase</source>
        <translation>ប្រើឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation>ប្រើលេខកូដសង្គ្រោះ</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>សូមវាយឃ្លាសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>សូមវាយលេខកូដសង្គ្រោះ។</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>កំពុងដោះសោ…</translation>
    </message>
    <message>
        <source>Checking the passphrase and opening the vault…</source>
        <translation>កំពុងពិនិត្យឃ្លាសម្ងាត់ និងបើកឃ្លាំងសម្ងាត់…</translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <source>Add a user</source>
        <translation>បន្ថែមអ្នកប្រើ</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>កំណត់ឃ្លាសម្ងាត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Temporary passphrase:</source>
        <translation>ឃ្លាសម្ងាត់បណ្តោះអាសន្ន៖</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>បន្ថែមអ្នកប្រើ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>តួនាទី៖</translation>
    </message>
    <message>
        <source>Set a temporary passphrase for {user}.</source>
        <translation>កំណត់ឃ្លាសម្ងាត់បណ្តោះអាសន្នសម្រាប់ {user}។</translation>
    </message>
    <message>
        <source>Give the temporary passphrase to the person in person, not by message. Saksi asks them to choose their own when they next unlock.</source>
        <translation>សូមផ្តល់ឃ្លាសម្ងាត់បណ្តោះអាសន្នដល់មនុស្សនោះដោយផ្ទាល់ មិនមែនតាមសារទេ។ Saksi នឹងស្នើឱ្យពួកគេជ្រើសឃ្លាសម្ងាត់ផ្ទាល់ខ្លួន នៅពេលដោះសោលើកក្រោយ។</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>កំពុងបន្ថែមអ្នកប្រើ…</translation>
    </message>
    <message>
        <source>Resetting the passphrase…</source>
        <translation>កំពុងកំណត់ឃ្លាសម្ងាត់ឡើងវិញ…</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>បានបន្ថែម</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>បន្ថែមអ្នកប្រើ…</translation>
    </message>
    <message>
        <source>Reset passphrase…</source>
        <translation>កំណត់ឃ្លាសម្ងាត់ឡើងវិញ…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>ប្តូរតួនាទី…</translation>
    </message>
    <message>
        <source>Remove user…</source>
        <translation>ដកអ្នកប្រើចេញ…</translation>
    </message>
    <message>
        <source>Roles record who may do what; they are not separate locks. Every user can read the whole vault. After removing someone who may have kept a copy of the key, rotate the data key.</source>
        <translation>តួនាទីកត់ត្រាថានរណាអាចធ្វើអ្វីបាន វាមិនមែនជាសោដាច់ដោយឡែកទេ។ អ្នកប្រើគ្រប់រូបអាចអានឃ្លាំងសម្ងាត់ទាំងមូលបាន។ ក្រោយពេលដកអ្នកដែលប្រហែលជាបានរក្សាច្បាប់ចម្លងនៃសោ សូមផ្លាស់ប្តូរសោទិន្នន័យ។</translation>
    </message>
    <message>
        <source>none set (admin must reset)</source>
        <translation>មិនទាន់កំណត់ (អ្នកគ្រប់គ្រងត្រូវកំណត់ឡើងវិញ)</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>បណ្តោះអាសន្ន</translation>
    </message>
    <message>
        <source>set</source>
        <translation>បានកំណត់</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>ប្តូរតួនាទី</translation>
    </message>
    <message>
        <source>New role for {user}:</source>
        <translation>តួនាទីថ្មីសម្រាប់ {user}៖</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>កំពុងប្តូរតួនាទី…</translation>
    </message>
    <message>
        <source>Remove {user} from this vault? Their passphrase stops working and this device forgets them. What they recorded stays, with their name in the audit log.</source>
        <translation>ដក {user} ចេញពីឃ្លាំងសម្ងាត់នេះឬ? ឃ្លាសម្ងាត់របស់ពួកគេនឹងលែងប្រើបាន ហើយឧបករណ៍នេះនឹងបំភ្លេចពួកគេ។ អ្វីដែលពួកគេបានកត់ត្រានៅតែមាន ជាមួយឈ្មោះរបស់ពួកគេក្នុងកំណត់ហេតុសវនកម្ម។</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>ដកអ្នកប្រើចេញ</translation>
    </message>
    <message>
        <source>Removing the user…</source>
        <translation>កំពុងដកអ្នកប្រើចេញ…</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Evidence {label}</source>
        <translation>ភស្តុតាង {label}</translation>
    </message>
    <message>
        <source>Shown from memory; nothing is written to disk. Opening it was recorded in the custody log.</source>
        <translation>បង្ហាញពីអង្គចងចាំ គ្មានអ្វីត្រូវបានសរសេរទៅថាសទេ។ ការបើកវាត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុនៃការរក្សាទុក។</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Create a vault…</source>
        <translation>បង្កើតឃ្លាំងសម្ងាត់…</translation>
    </message>
    <message>
        <source>Open a vault…</source>
        <translation>បើកឃ្លាំងសម្ងាត់…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>ស្តារច្បាប់ចម្លងបម្រុងទុក…</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>ឃ្លាំងសម្ងាត់ថ្មីៗ</translation>
    </message>
    <message>
        <source>Saksi</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <source>Case files for people trafficked into scam compounds, kept encrypted on this computer. Nothing is sent anywhere.</source>
        <translation>សំណុំរឿងសម្រាប់មនុស្សដែលត្រូវបានជួញដូរចូលទៅក្នុងបរិវេណឆបោក រក្សាទុកដោយអ៊ិនគ្រីបលើកុំព្យូទ័រនេះ។ គ្មានអ្វីត្រូវបានផ្ញើទៅណាទេ។</translation>
    </message>
    <message>
        <source>{path} (not found)</source>
        <translation>{path} (រកមិនឃើញ)</translation>
    </message>
    <message>
        <source>Not found. Is the USB stick or drive with this vault plugged in?</source>
        <translation>រកមិនឃើញ។ តើ USB ឬឧបករណ៍ផ្ទុកដែលមានឃ្លាំងសម្ងាត់នេះ ត្រូវបានដោតហើយឬនៅ?</translation>
    </message>
    <message>
        <source>Choose a vault folder (NAME.saksi)</source>
        <translation>ជ្រើសថតឃ្លាំងសម្ងាត់ (ឈ្មោះ.saksi)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cases</source>
        <translation>សំណុំរឿង</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ភស្តុតាង</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>Recruiters</source>
        <translation>អ្នកជ្រើសរើស</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <source>Reading chat exports and identifiers kept by an earlier version…</source>
        <translation>កំពុងអានឯកសារនាំចេញការជជែក និងអត្តសញ្ញាណសម្គាល់ ដែលកំណែមុនបានរក្សាទុក…</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Profile of the clients</source>
        <translation>ប្រវត្តិរូបរបស់កូនក្តី</translation>
    </message>
    <message>
        <source>Age when recruited, gender, education, skills and nationality.</source>
        <translation>អាយុពេលត្រូវបានជ្រើសរើស យេនឌ័រ ការសិក្សា ជំនាញ និងសញ្ជាតិ។</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>ការជ្រើសរើស</translation>
    </message>
    <message>
        <source>How clients were approached and what they were promised.</source>
        <translation>របៀបដែលកូនក្តីត្រូវបានទាក់ទង និងអ្វីដែលគេបានសន្យាជាមួយពួកគេ។</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>ការដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>How clients travelled, who arranged it, and on what visa.</source>
        <translation>របៀបដែលកូនក្តីបានធ្វើដំណើរ អ្នកដែលរៀបចំ និងទិដ្ឋាការដែលបានប្រើ។</translation>
    </message>
    <message>
        <source>Working and living conditions</source>
        <translation>លក្ខខណ្ឌការងារ និងការរស់នៅ</translation>
    </message>
    <message>
        <source>What was done to keep clients in the compounds, and the work they were forced to do. Counts show how many cases report each; they are not legal determinations.</source>
        <translation>អ្វីដែលគេបានធ្វើដើម្បីឃាត់កូនក្តីនៅក្នុងបរិវេណ និងការងារដែលពួកគេត្រូវបានបង្ខំឱ្យធ្វើ។ ចំនួនបង្ហាញថាមានសំណុំរឿងប៉ុន្មានរាយការណ៍ពីចំណុចនីមួយៗ វាមិនមែនជាការវិនិច្ឆ័យផ្លូវច្បាប់ទេ។</translation>
    </message>
    <message>
        <source>Rescue, round-up and detention</source>
        <translation>ការជួយសង្គ្រោះ ការប្រមូលចាប់ខ្លួន និងការឃុំខ្លួន</translation>
    </message>
    <message>
        <source>How clients left the compounds and how they were treated afterwards.</source>
        <translation>របៀបដែលកូនក្តីបានចាកចេញពីបរិវេណ និងរបៀបដែលពួកគេត្រូវបានប្រព្រឹត្តបន្ទាប់មក។</translation>
    </message>
    <message>
        <source>Outcomes of proceedings</source>
        <translation>លទ្ធផលនៃនីតិវិធី</translation>
    </message>
    <message>
        <source>Charges against clients and what became of non-punishment requests and claims for a remedy.</source>
        <translation>បទចោទប្រឆាំងនឹងកូនក្តី និងលទ្ធផលនៃសំណើមិនដាក់ទោស និងការទាមទារដំណោះស្រាយ។</translation>
    </message>
    <message>
        <source>Age when recruited (CTDC age bands)</source>
        <translation>អាយុពេលត្រូវបានជ្រើសរើស (ក្រុមអាយុ CTDC)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>យេនឌ័រ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>ការសិក្សា</translation>
    </message>
    <message>
        <source>Skills and languages</source>
        <translation>ជំនាញ និងភាសា</translation>
    </message>
    <message>
        <source>A case can have several answers; rows do not add up to the total.</source>
        <translation>សំណុំរឿងមួយអាចមានចម្លើយច្រើន ជួរនានាមិនបូកស្មើនឹងចំនួនសរុបទេ។</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Online or offline</source>
        <translation>តាមអនឡាញ ឬក្រៅអនឡាញ</translation>
    </message>
    <message>
        <source>Platforms used to recruit (online recruitment)</source>
        <translation>វេទិកាដែលប្រើដើម្បីជ្រើសរើស (ការជ្រើសរើសតាមអនឡាញ)</translation>
    </message>
    <message>
        <source>How the client was approached</source>
        <translation>របៀបដែលកូនក្តីត្រូវបានទាក់ទង</translation>
    </message>
    <message>
        <source>Job advertised</source>
        <translation>ការងារដែលបានផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <source>Benefits promised</source>
        <translation>អត្ថប្រយោជន៍ដែលបានសន្យា</translation>
    </message>
    <message>
        <source>Relationship to the recruiter</source>
        <translation>ទំនាក់ទំនងជាមួយអ្នកជ្រើសរើស</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>មធ្យោបាយដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Direct or through another country</source>
        <translation>ដោយផ្ទាល់ ឬឆ្លងកាត់ប្រទេសផ្សេង</translation>
    </message>
    <message>
        <source>Travel arranged by</source>
        <translation>ការធ្វើដំណើររៀបចំដោយ</translation>
    </message>
    <message>
        <source>Picked up at the border</source>
        <translation>ត្រូវបានទទួលនៅព្រំដែន</translation>
    </message>
    <message>
        <source>Visa used to enter</source>
        <translation>ទិដ្ឋាការដែលប្រើដើម្បីចូល</translation>
    </message>
    <message>
        <source>Control methods reported (HTCDS methods of control)</source>
        <translation>វិធីសាស្ត្រគ្រប់គ្រងដែលបានរាយការណ៍ (វិធីសាស្ត្រគ្រប់គ្រង HTCDS)</translation>
    </message>
    <message>
        <source>Work the clients were forced to do</source>
        <translation>ការងារដែលកូនក្តីត្រូវបានបង្ខំឱ្យធ្វើ</translation>
    </message>
    <message>
        <source>Country of exploitation</source>
        <translation>ប្រទេសនៃការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
        <source>How the client left the compound</source>
        <translation>របៀបដែលកូនក្តីបានចាកចេញពីបរិវេណ</translation>
    </message>
    <message>
        <source>Detained afterwards</source>
        <translation>ជាប់ឃុំបន្ទាប់មក</translation>
    </message>
    <message>
        <source>Basic needs met in detention</source>
        <translation>តម្រូវការមូលដ្ឋានត្រូវបានបំពេញក្នុងពេលឃុំខ្លួន</translation>
    </message>
    <message>
        <source>Among the clients who were detained.</source>
        <translation>ក្នុងចំណោមកូនក្តីដែលត្រូវបានឃុំខ្លួន។</translation>
    </message>
    <message>
        <source>Interviews distressing or re-traumatising</source>
        <translation>ការសម្ភាសន៍ដែលធ្វើឱ្យឈឺចាប់ ឬធ្វើឱ្យរបួសផ្លូវចិត្តឡើងវិញ</translation>
    </message>
    <message>
        <source>Psychosocial support received</source>
        <translation>បានទទួលការគាំទ្រផ្លូវចិត្តសង្គម</translation>
    </message>
    <message>
        <source>Support to return home received</source>
        <translation>បានទទួលការគាំទ្រដើម្បីវិលត្រឡប់ទៅផ្ទះ</translation>
    </message>
    <message>
        <source>Fined (overstay or other offences)</source>
        <translation>ត្រូវបានពិន័យ (ការស្នាក់នៅហួសកាលកំណត់ ឬបទល្មើសផ្សេងទៀត)</translation>
    </message>
    <message>
        <source>Non-punishment, per charge against a client</source>
        <translation>ការមិនដាក់ទោស តាមបទចោទនីមួយៗប្រឆាំងនឹងកូនក្តី</translation>
    </message>
    <message>
        <source>Compensation or restitution</source>
        <translation>សំណង ឬការប្រគល់សងវិញ</translation>
    </message>
    <message>
        <source>Cases opened per quarter</source>
        <translation>សំណុំរឿងដែលបានបើកក្នុងមួយត្រីមាស</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>About the client</source>
        <translation>អំពីកូនក្តី</translation>
    </message>
    <message>
        <source>Who the client is. Ask only what the client is comfortable sharing.</source>
        <translation>កូនក្តីជានរណា។ សួរតែអ្វីដែលកូនក្តីស្រួលចិត្តចែករំលែកប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Names the client uses (any script), and aliases</source>
        <translation>ឈ្មោះដែលកូនក្តីប្រើ (អក្សរណាក៏បាន) និងឈ្មោះក្លែង</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <source>Gender, in the client&apos;s own words (optional)</source>
        <translation>យេនឌ័រ តាមពាក្យរបស់កូនក្តីផ្ទាល់ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Date of birth (or year)</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត (ឬឆ្នាំ)</translation>
    </message>
    <message>
        <source>Age now</source>
        <translation>អាយុបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Age when recruited</source>
        <translation>អាយុពេលត្រូវបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Under 18 when recruited: a child under Palermo art. 3(c)-(d); the means need not be shown.</source>
        <translation>អាយុក្រោម 18 ឆ្នាំ ពេលត្រូវបានជ្រើសរើស៖ ជាកុមារតាមពិធីសារប៉ាឡែម៉ូ មាត្រា 3(c)-(d) មិនចាំបាច់បង្ហាញមធ្យោបាយទេ។</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>សញ្ជាតិ</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>ភាសាដែលនិយាយ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>ការសិក្សា</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>ជំនាញ</translation>
    </message>
    <message>
        <source>How to reach the client safely</source>
        <translation>របៀបទាក់ទងកូនក្តីដោយសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Identity documents, and who holds them now</source>
        <translation>ឯកសារអត្តសញ្ញាណ និងអ្នកដែលកាន់វាឥឡូវនេះ</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>ការជ្រើសរើស</translation>
    </message>
    <message>
        <source>How the client heard of the job and who recruited them.</source>
        <translation>របៀបដែលកូនក្តីបានឮអំពីការងារ និងអ្នកដែលបានជ្រើសរើសពួកគេ។</translation>
    </message>
    <message>
        <source>When were you recruited?</source>
        <translation>តើអ្នកត្រូវបានជ្រើសរើសនៅពេលណា?</translation>
    </message>
    <message>
        <source>In which country?</source>
        <translation>នៅប្រទេសណា?</translation>
    </message>
    <message>
        <source>Where (town, province)?</source>
        <translation>នៅទីណា (ក្រុង ខេត្ត)?</translation>
    </message>
    <message>
        <source>Online or offline?</source>
        <translation>តាមអនឡាញ ឬក្រៅអនឡាញ?</translation>
    </message>
    <message>
        <source>Which apps or websites?</source>
        <translation>កម្មវិធី ឬគេហទំព័រណាខ្លះ?</translation>
    </message>
    <message>
        <source>How were you approached?</source>
        <translation>តើគេបានទាក់ទងអ្នកដោយរបៀបណា?</translation>
    </message>
    <message>
        <source>What job was offered?</source>
        <translation>តើការងារអ្វីត្រូវបានផ្តល់ជូន?</translation>
    </message>
    <message>
        <source>What did the offer say?</source>
        <translation>តើការផ្តល់ជូននោះនិយាយអ្វីខ្លះ?</translation>
    </message>
    <message>
        <source>Salary promised</source>
        <translation>ប្រាក់ខែដែលបានសន្យា</translation>
    </message>
    <message>
        <source>Other promises</source>
        <translation>ការសន្យាផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Did you know the recruiter?</source>
        <translation>តើអ្នកស្គាល់អ្នកជ្រើសរើសដែរឬទេ?</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>ដំណើរធ្វើដំណើរ</translation>
    </message>
    <message>
        <source>How the client travelled to the compound.</source>
        <translation>របៀបដែលកូនក្តីបានធ្វើដំណើរទៅកាន់បរិវេណ។</translation>
    </message>
    <message>
        <source>When did you leave?</source>
        <translation>តើអ្នកបានចាកចេញនៅពេលណា?</translation>
    </message>
    <message>
        <source>When did you arrive?</source>
        <translation>តើអ្នកបានមកដល់នៅពេលណា?</translation>
    </message>
    <message>
        <source>How did you travel?</source>
        <translation>តើអ្នកបានធ្វើដំណើរដោយរបៀបណា?</translation>
    </message>
    <message>
        <source>Countries on the way, in order (from home to the compound)</source>
        <translation>ប្រទេសតាមផ្លូវ តាមលំដាប់ (ពីផ្ទះទៅបរិវេណ)</translation>
    </message>
    <message>
        <source>Who arranged the travel?</source>
        <translation>តើនរណាបានរៀបចំការធ្វើដំណើរ?</translation>
    </message>
    <message>
        <source>Were you picked up at a border?</source>
        <translation>តើមាននរណាមកទទួលអ្នកនៅព្រំដែនដែរឬទេ?</translation>
    </message>
    <message>
        <source>Which visa did you have?</source>
        <translation>តើអ្នកមានទិដ្ឋាការប្រភេទណា?</translation>
    </message>
    <message>
        <source>Who held your documents during the journey?</source>
        <translation>តើនរណាកាន់ឯកសាររបស់អ្នកក្នុងអំឡុងពេលធ្វើដំណើរ?</translation>
    </message>
    <message>
        <source>Inside the compound</source>
        <translation>នៅខាងក្នុងបរិវេណ</translation>
    </message>
    <message>
        <source>The work and the conditions. Go at the client&apos;s pace; sensitive questions can be skipped.</source>
        <translation>ការងារ និងលក្ខខណ្ឌ។ សូមទៅតាមល្បឿនរបស់កូនក្តី សំណួររសើបអាចរំលងបាន។</translation>
    </message>
    <message>
        <source>Compounds or companies where the client was held</source>
        <translation>បរិវេណ ឬក្រុមហ៊ុនដែលកូនក្តីត្រូវបានឃាត់ទុក</translation>
    </message>
    <message>
        <source>What work were you forced to do?</source>
        <translation>តើអ្នកត្រូវបានបង្ខំឱ្យធ្វើការងារអ្វី?</translation>
    </message>
    <message>
        <source>Hours worked per day</source>
        <translation>ម៉ោងធ្វើការក្នុងមួយថ្ងៃ</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>ថ្ងៃក្នុងមួយសប្តាហ៍</translation>
    </message>
    <message>
        <source>Wages actually paid</source>
        <translation>ប្រាក់ឈ្នួលដែលបានបង់ពិតប្រាកដ</translation>
    </message>
    <message>
        <source>Debt you were told you owed</source>
        <translation>បំណុលដែលគេប្រាប់ថាអ្នកជំពាក់</translation>
    </message>
    <message>
        <source>What was done to keep you there?</source>
        <translation>តើគេបានធ្វើអ្វីខ្លះដើម្បីឃាត់អ្នកនៅទីនោះ?</translation>
    </message>
    <message>
        <source>Passport taken, guards, threats, violence, debt, unpaid wages... Tick what the client describes.</source>
        <translation>យកលិខិតឆ្លងដែន អ្នកយាម ការគំរាមកំហែង អំពើហិង្សា បំណុល ប្រាក់ឈ្នួលមិនបានបង់... សូមធីកអ្វីដែលកូនក្តីរៀបរាប់។</translation>
    </message>
    <message>
        <source>Leaving the compound</source>
        <translation>ការចាកចេញពីបរិវេណ</translation>
    </message>
    <message>
        <source>How the client got out.</source>
        <translation>របៀបដែលកូនក្តីបានចេញមក។</translation>
    </message>
    <message>
        <source>How did you leave?</source>
        <translation>តើអ្នកបានចាកចេញដោយរបៀបណា?</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>ពេលណា?</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>នៅទីណា?</translation>
    </message>
    <message>
        <source>Ransom paid (by whom, how much)</source>
        <translation>ប្រាក់លោះដែលបានបង់ (ដោយនរណា ប៉ុន្មាន)</translation>
    </message>
    <message>
        <source>Who helped or carried out the rescue or raid?</source>
        <translation>តើនរណាបានជួយ ឬអនុវត្តការជួយសង្គ្រោះ ឬការឆ្មក់ចាប់?</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>ការឃុំខ្លួន</translation>
    </message>
    <message>
        <source>Treatment after the raid, rescue or escape.</source>
        <translation>ការប្រព្រឹត្តចំពោះកូនក្តី ក្រោយការឆ្មក់ចាប់ ការជួយសង្គ្រោះ ឬការរត់គេចខ្លួន។</translation>
    </message>
    <message>
        <source>Were you detained?</source>
        <translation>តើអ្នកត្រូវបានឃុំខ្លួនដែរឬទេ?</translation>
    </message>
    <message>
        <source>Where (facility)?</source>
        <translation>នៅទីណា (មណ្ឌល)?</translation>
    </message>
    <message>
        <source>Since when?</source>
        <translation>តាំងពីពេលណា?</translation>
    </message>
    <message>
        <source>Until when (empty if still detained)?</source>
        <translation>រហូតដល់ពេលណា (ទុកទទេ ប្រសិនបើនៅតែជាប់ឃុំ)?</translation>
    </message>
    <message>
        <source>Were basic needs met (food, water, hygiene, medical care)?</source>
        <translation>តើតម្រូវការមូលដ្ឋានត្រូវបានបំពេញដែរឬទេ (អាហារ ទឹក អនាម័យ ការថែទាំសុខភាព)?</translation>
    </message>
    <message>
        <source>How many times were you interviewed?</source>
        <translation>តើអ្នកត្រូវបានសម្ភាសន៍ប៉ុន្មានដង?</translation>
    </message>
    <message>
        <source>Were the interviews distressing?</source>
        <translation>តើការសម្ភាសន៍ធ្វើឱ្យអ្នកឈឺចាប់ផ្លូវចិត្តដែរឬទេ?</translation>
    </message>
    <message>
        <source>Did you receive psychosocial support?</source>
        <translation>តើអ្នកបានទទួលការគាំទ្រផ្លូវចិត្តសង្គមដែរឬទេ?</translation>
    </message>
    <message>
        <source>Did you receive help to return home?</source>
        <translation>តើអ្នកបានទទួលជំនួយដើម្បីវិលត្រឡប់ទៅផ្ទះដែរឬទេ?</translation>
    </message>
    <message>
        <source>Were you fined?</source>
        <translation>តើអ្នកត្រូវបានពិន័យដែរឬទេ?</translation>
    </message>
    <message>
        <source>Fine amount</source>
        <translation>ចំនួនប្រាក់ពិន័យ</translation>
    </message>
    <message>
        <source>Conditions in detention</source>
        <translation>លក្ខខណ្ឌក្នុងការឃុំខ្លួន</translation>
    </message>
    <message>
        <source>Charges and proceedings</source>
        <translation>បទចោទ និងនីតិវិធី</translation>
    </message>
    <message>
        <source>Each charge or penalty the client faces.</source>
        <translation>បទចោទ ឬទោសទណ្ឌនីមួយៗដែលកូនក្តីកំពុងប្រឈម។</translation>
    </message>
    <message>
        <source>Charges against the client</source>
        <translation>បទចោទប្រឆាំងនឹងកូនក្តី</translation>
    </message>
    <message>
        <source>Hearings, reviews and other dates</source>
        <translation>សវនាការ ការពិនិត្យឡើងវិញ និងកាលបរិច្ឆេទផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Needs and consent</source>
        <translation>តម្រូវការ និងការយល់ព្រម</translation>
    </message>
    <message>
        <source>What the client needs now, and what they agree to.</source>
        <translation>អ្វីដែលកូនក្តីត្រូវការឥឡូវនេះ និងអ្វីដែលពួកគេយល់ព្រម។</translation>
    </message>
    <message>
        <source>What does the client need now (safety, health, family, return, documents)?</source>
        <translation>តើកូនក្តីត្រូវការអ្វីឥឡូវនេះ (សុវត្ថិភាព សុខភាព គ្រួសារ ការវិលត្រឡប់ ឯកសារ)?</translation>
    </message>
    <message>
        <source>Consents given (use of the account, sharing with whom)</source>
        <translation>ការយល់ព្រមដែលបានផ្តល់ (ការប្រើការរៀបរាប់ ការចែករំលែកជាមួយនរណា)</translation>
    </message>
    <message>
        <source>Money lost or owed (fees, debts, ransom, unpaid wages...)</source>
        <translation>ប្រាក់ដែលបាត់បង់ ឬជំពាក់ (ថ្លៃសេវា បំណុល ប្រាក់លោះ ប្រាក់ឈ្នួលមិនបានបង់...)</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Local agency</source>
        <translation>ភ្នាក់ងារក្នុងស្រុក</translation>
    </message>
    <message>
        <source>Recruiter or broker</source>
        <translation>អ្នកជ្រើសរើស ឬមេខ្យល់</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>កូនក្តីខ្លួនឯង</translation>
    </message>
    <message>
        <source>The client&apos;s family</source>
        <translation>គ្រួសារកូនក្តី</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>មិនដឹង</translation>
    </message>
    <message>
        <source>High pay</source>
        <translation>ប្រាក់ខែខ្ពស់</translation>
    </message>
    <message>
        <source>Free accommodation</source>
        <translation>កន្លែងស្នាក់នៅឥតគិតថ្លៃ</translation>
    </message>
    <message>
        <source>Free documents (passport, visa)</source>
        <translation>ឯកសារឥតគិតថ្លៃ (លិខិតឆ្លងដែន ទិដ្ឋាការ)</translation>
    </message>
    <message>
        <source>Free transport</source>
        <translation>ការធ្វើដំណើរឥតគិតថ្លៃ</translation>
    </message>
    <message>
        <source>Free food</source>
        <translation>អាហារឥតគិតថ្លៃ</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>ទទួលថ្មី</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>បានបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Criminal offence</source>
        <translation>បទល្មើសព្រហ្មទណ្ឌ</translation>
    </message>
    <message>
        <source>Overstay (administrative)</source>
        <translation>ស្នាក់នៅហួសកំណត់ (រដ្ឋបាល)</translation>
    </message>
    <message>
        <source>Irregular entry (administrative)</source>
        <translation>ចូលដោយមិនប្រក្រតី (រដ្ឋបាល)</translation>
    </message>
    <message>
        <source>Work without a permit (administrative)</source>
        <translation>ធ្វើការដោយគ្មានលិខិតអនុញ្ញាត (រដ្ឋបាល)</translation>
    </message>
    <message>
        <source>Other administrative penalty</source>
        <translation>ទោសរដ្ឋបាលផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>កំពុងស៊ើបអង្កេត</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>ត្រូវបានចោទប្រកាន់</translation>
    </message>
    <message>
        <source>At trial</source>
        <translation>កំពុងជំនុំជម្រះ</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>ត្រូវបានផ្តន្ទាទោស</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>រួចពីបទចោទ</translation>
    </message>
    <message>
        <source>Dropped / not prosecuted</source>
        <translation>បោះបង់ចោល / មិនត្រូវបានចោទប្រកាន់</translation>
    </message>
    <message>
        <source>On appeal</source>
        <translation>កំពុងប្តឹងឧទ្ធរណ៍</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>ទណ្ឌកម្មរដ្ឋបាល</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ខ្ពស់</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>មធ្យម</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ទាប</translation>
    </message>
    <message>
        <source>Legal representation and filings</source>
        <translation>ការតំណាងផ្លូវច្បាប់ និងឯកសារដាក់ជូន</translation>
    </message>
    <message>
        <source>Referral to a partner organisation</source>
        <translation>ការបញ្ជូនទៅអង្គការដៃគូ</translation>
    </message>
    <message>
        <source>Anonymised statistics</source>
        <translation>ស្ថិតិអនាមិក</translation>
    </message>
    <message>
        <source>Advocacy or media, without identifying details</source>
        <translation>ការតស៊ូមតិ ឬប្រព័ន្ធផ្សព្វផ្សាយ ដោយគ្មានព័ត៌មានកំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>ការស្រាវជ្រាវ</translation>
    </message>
    <message>
        <source>Other (see the note)</source>
        <translation>ផ្សេងទៀត (មើលកំណត់ចំណាំ)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Identity documents withheld</source>
        <translation>ឯកសារអត្តសញ្ញាណត្រូវបានរឹបអូស</translation>
    </message>
    <message>
        <source>Movement restricted / guarded</source>
        <translation>ការធ្វើដំណើរត្រូវបានរឹតត្បិត / មានអ្នកយាម</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>ការគំរាមកំហែង</translation>
    </message>
    <message>
        <source>Threats against family</source>
        <translation>ការគំរាមកំហែងលើគ្រួសារ</translation>
    </message>
    <message>
        <source>Threats of police or immigration</source>
        <translation>ការគំរាមកំហែងថានឹងប្រគល់ឱ្យប៉ូលីស ឬអន្តោប្រវេសន៍</translation>
    </message>
    <message>
        <source>Physical violence</source>
        <translation>អំពើហិង្សាលើរាងកាយ</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>អំពើហិង្សាផ្លូវភេទ</translation>
    </message>
    <message>
        <source>Psychological abuse</source>
        <translation>ការរំលោភបំពានផ្លូវចិត្ត</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation>ពលកម្មជាប់បំណុល</translation>
    </message>
    <message>
        <source>Wages withheld</source>
        <translation>ប្រាក់ឈ្នួលត្រូវបានរឹបអូស</translation>
    </message>
    <message>
        <source>No access to money</source>
        <translation>មិនអាចប្រើប្រាស់ប្រាក់បាន</translation>
    </message>
    <message>
        <source>Medical care refused</source>
        <translation>ការថែទាំសុខភាពត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>Food or necessities withheld</source>
        <translation>អាហារ ឬរបស់ចាំបាច់ត្រូវបានរឹបអូស</translation>
    </message>
    <message>
        <source>Forced to take drugs or alcohol</source>
        <translation>ត្រូវបានបង្ខំឱ្យប្រើគ្រឿងញៀន ឬគ្រឿងស្រវឹង</translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <translation>ម៉ោងធ្វើការហួសហេតុ</translation>
    </message>
    <message>
        <source>Abusive working or living conditions</source>
        <translation>លក្ខខណ្ឌការងារ ឬការរស់នៅដែលរំលោភបំពាន</translation>
    </message>
    <message>
        <source>False promises</source>
        <translation>ការសន្យាក្លែងក្លាយ</translation>
    </message>
    <message>
        <source>Isolation / no phone</source>
        <translation>ភាពឯកោ / គ្មានទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>កម្ពុជា</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ថៃ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>មីយ៉ាន់ម៉ា</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>ឡាវ</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>វៀតណាម</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>ម៉ាឡេស៊ី</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>ឥណ្ឌូណេស៊ី</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>ហ្វីលីពីន</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>សិង្ហបុរី</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>ព្រុយណេ</translation>
    </message>
    <message>
        <source>China</source>
        <translation>ចិន</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>តៃវ៉ាន់</translation>
    </message>
    <message>
        <source>India</source>
        <translation>ឥណ្ឌា</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>បង់ក្លាដែស</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>ស្រីលង្កា</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>នេប៉ាល់</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>កេនយ៉ា</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>អ៊ូហ្គង់ដា</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>អេមីរ៉ាតអារ៉ាប់រួម</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>សវនាការ</translation>
    </message>
    <message>
        <source>Detention review</source>
        <translation>ការពិនិត្យការឃុំខ្លួន</translation>
    </message>
    <message>
        <source>Filing deadline</source>
        <translation>កាលកំណត់ដាក់ឯកសារ</translation>
    </message>
    <message>
        <source>Repatriation step</source>
        <translation>ជំហាននៃការធ្វើមាតុភូមិនិវត្តន៍</translation>
    </message>
    <message>
        <source>Meeting with client</source>
        <translation>ការជួបជាមួយកូនក្តី</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>លិខិតឆ្លងដែន</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>អត្តសញ្ញាណប័ណ្ណសញ្ជាតិ</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>សំបុត្រកំណើត</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>ទិដ្ឋាការ</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>ប័ណ្ណការងារ</translation>
    </message>
    <message>
        <source>Travel document / laissez-passer</source>
        <translation>ឯកសារធ្វើដំណើរ / laissez-passer</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>មិនបានរៀន</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>បឋមសិក្សា</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>អនុវិទ្យាល័យ</translation>
    </message>
    <message>
        <source>High school</source>
        <translation>វិទ្យាល័យ</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>បណ្តុះបណ្តាលវិជ្ជាជីវៈ</translation>
    </message>
    <message>
        <source>University</source>
        <translation>សាកលវិទ្យាល័យ</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>ក្រោយបរិញ្ញាបត្រ</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>ការជួយសង្គ្រោះ</translation>
    </message>
    <message>
        <source>Police raid</source>
        <translation>ការឆ្មក់ចាប់របស់ប៉ូលីស</translation>
    </message>
    <message>
        <source>Round-up / crackdown</source>
        <translation>ការប្រមូលចាប់ខ្លួន / ការបង្ក្រាប</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>ការរត់គេចខ្លួន</translation>
    </message>
    <message>
        <source>Released after ransom</source>
        <translation>ត្រូវបានដោះលែងក្រោយបង់ប្រាក់លោះ</translation>
    </message>
    <message>
        <source>Sold on to another compound</source>
        <translation>ត្រូវបានលក់បន្តទៅបរិវេណផ្សេង</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>ត្រូវបានដោះលែង</translation>
    </message>
    <message>
        <source>Client&apos;s account</source>
        <translation>ការរៀបរាប់របស់កូនក្តី</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>សាក្សី</translation>
    </message>
    <message>
        <source>Officer or official</source>
        <translation>មន្ត្រី ឬអ្នកមានតំណែង</translation>
    </message>
    <message>
        <source>Employer / compound</source>
        <translation>និយោជក / បរិវេណ</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>ប៉ូលីស</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>អន្តោប្រវេសន៍</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <source>Lost or destroyed</source>
        <translation>បាត់ ឬត្រូវបានបំផ្លាញ</translation>
    </message>
    <message>
        <source>Identified as a victim of trafficking</source>
        <translation>ត្រូវបានកំណត់អត្តសញ្ញាណជាជនរងគ្រោះនៃការជួញដូរមនុស្ស</translation>
    </message>
    <message>
        <source>Not identified (a negative decision)</source>
        <translation>មិនត្រូវបានកំណត់អត្តសញ្ញាណ (សេចក្តីសម្រេចអវិជ្ជមាន)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>លេខទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>គេហទំព័រ</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>ឈ្មោះក្រុមហ៊ុន</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>គណនីធនាគារ</translation>
    </message>
    <message>
        <source>Crypto wallet</source>
        <translation>កាបូបរូបិយប័ណ្ណគ្រីបតូ</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>ព័ត៌មានវិទ្យា</translation>
    </message>
    <message>
        <source>Financial analyst</source>
        <translation>អ្នកវិភាគហិរញ្ញវត្ថុ</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>ធនធានមនុស្ស</translation>
    </message>
    <message>
        <source>Translator / interpreter</source>
        <translation>អ្នកបកប្រែ / អ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>មជ្ឈមណ្ឌលទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Casino</source>
        <translation>កាស៊ីណូ</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>សេវាបម្រើអតិថិជន</translation>
    </message>
    <message>
        <source>Marketing / sales</source>
        <translation>ទីផ្សារ / ការលក់</translation>
    </message>
    <message>
        <source>Not raised yet</source>
        <translation>មិនទាន់លើកឡើង</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>បានស្នើសុំ</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>បានអនុញ្ញាត</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>អ្នកផ្សេង</translation>
    </message>
    <message>
        <source>Owed to the client (not paid)</source>
        <translation>នៅជំពាក់កូនក្តី</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>អ្នកជ្រើសរើស</translation>
    </message>
    <message>
        <source>Broker / travel agent</source>
        <translation>មេខ្យល់ / ភ្នាក់ងារទេសចរណ៍</translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation>អ្នកដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Compound operator</source>
        <translation>ប្រតិបត្តិករបរិវេណ</translation>
    </message>
    <message>
        <source>Manager / supervisor</source>
        <translation>អ្នកគ្រប់គ្រង / អ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>អ្នកយាម</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ក្រុមហ៊ុន</translation>
    </message>
    <message>
        <source>Buyer (sold on to)</source>
        <translation>អ្នកទិញ (ត្រូវបានលក់បន្តទៅ)</translation>
    </message>
    <message>
        <source>Facebook Messenger</source>
        <translation>Facebook Messenger</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <source>X / Twitter</source>
        <translation>X / Twitter</translation>
    </message>
    <message>
        <source>Job website</source>
        <translation>គេហទំព័រការងារ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>តាមអនឡាញ</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ក្រៅអនឡាញ</translation>
    </message>
    <message>
        <source>Online job advertisement</source>
        <translation>ការផ្សព្វផ្សាយការងារតាមអនឡាញ</translation>
    </message>
    <message>
        <source>Through online social networks</source>
        <translation>តាមរយៈបណ្តាញសង្គមអនឡាញ</translation>
    </message>
    <message>
        <source>Through friends</source>
        <translation>តាមរយៈមិត្តភក្តិ</translation>
    </message>
    <message>
        <source>Through family</source>
        <translation>តាមរយៈគ្រួសារ</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>មេខ្យល់</translation>
    </message>
    <message>
        <source>Employment agency</source>
        <translation>ទីភ្នាក់ងារជ្រើសរើសការងារ</translation>
    </message>
    <message>
        <source>At work</source>
        <translation>នៅកន្លែងធ្វើការ</translation>
    </message>
    <message>
        <source>At school or university</source>
        <translation>នៅសាលារៀន ឬសាកលវិទ្យាល័យ</translation>
    </message>
    <message>
        <source>The client&apos;s profile, names, contacts and documents</source>
        <translation>ប្រវត្តិរូប ឈ្មោះ ទំនាក់ទំនង និងឯកសាររបស់កូនក្តី</translation>
    </message>
    <message>
        <source>Recruitment, transport, compounds and exit</source>
        <translation>ការជ្រើសរើស ការដឹកជញ្ជូន បរិវេណ និងការចាកចេញ</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>ការឃុំខ្លួន</translation>
    </message>
    <message>
        <source>Charges and the non-punishment argument</source>
        <translation>បទចោទ និងអំណះអំណាងមិនដាក់ទោស</translation>
    </message>
    <message>
        <source>Facts and their legal elements</source>
        <translation>អង្គហេតុ និងធាតុផ្សំផ្លូវច្បាប់របស់វា</translation>
    </message>
    <message>
        <source>People (recruiters, brokers, officials)</source>
        <translation>មនុស្ស (អ្នកជ្រើសរើស មេខ្យល់ មន្ត្រី)</translation>
    </message>
    <message>
        <source>Losses and remedies</source>
        <translation>ការខាតបង់ និងដំណោះស្រាយ</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <source>The interview: accounts, sessions, skipped questions</source>
        <translation>ការសម្ភាសន៍៖ ការរៀបរាប់ វគ្គ សំណួរដែលបានរំលង</translation>
    </message>
    <message>
        <source>Notes and analysis choices</source>
        <translation>កំណត់ចំណាំ និងជម្រើសវិភាគ</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>សមាជិកគ្រួសារ</translation>
    </message>
    <message>
        <source>Friend or acquaintance</source>
        <translation>មិត្តភក្តិ ឬអ្នកស្គាល់គ្នា</translation>
    </message>
    <message>
        <source>Stranger</source>
        <translation>មនុស្សចម្លែក</translation>
    </message>
    <message>
        <source>Recruitment fee</source>
        <translation>ថ្លៃជ្រើសរើស</translation>
    </message>
    <message>
        <source>Debt charged by the compound</source>
        <translation>បំណុលដែលបរិវេណទារ</translation>
    </message>
    <message>
        <source>Ransom paid</source>
        <translation>ប្រាក់លោះដែលបានបង់</translation>
    </message>
    <message>
        <source>Unpaid wages</source>
        <translation>ប្រាក់ឈ្នួលមិនបានបង់</translation>
    </message>
    <message>
        <source>Medical costs</source>
        <translation>ថ្លៃព្យាបាល</translation>
    </message>
    <message>
        <source>Lost property</source>
        <translation>ទ្រព្យសម្បត្តិដែលបាត់បង់</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>ថ្លៃធ្វើដំណើរ</translation>
    </message>
    <message>
        <source>Fines paid</source>
        <translation>ប្រាក់ពិន័យដែលបានបង់</translation>
    </message>
    <message>
        <source>Romance scams</source>
        <translation>ការឆបោកបែបស្នេហា</translation>
    </message>
    <message>
        <source>Crypto or investment fraud</source>
        <translation>ការឆបោកគ្រីបតូ ឬវិនិយោគ</translation>
    </message>
    <message>
        <source>Online gambling</source>
        <translation>ល្បែងស៊ីសងតាមអនឡាញ</translation>
    </message>
    <message>
        <source>Phishing / fake websites</source>
        <translation>ការបន្លំយកព័ត៌មាន / គេហទំព័រក្លែងក្លាយ</translation>
    </message>
    <message>
        <source>Impersonating officials or companies</source>
        <translation>ការក្លែងខ្លួនជាមន្ត្រី ឬក្រុមហ៊ុន</translation>
    </message>
    <message>
        <source>Moving money</source>
        <translation>ការផ្ទេរប្រាក់</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>Computer literacy</source>
        <translation>ចំណេះដឹងកុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>IT / programming</source>
        <translation>ព័ត៌មានវិទ្យា / ការសរសេរកម្មវិធី</translation>
    </message>
    <message>
        <source>English</source>
        <translation>អង់គ្លេស</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>ចិន</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ថៃ</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>វៀតណាម</translation>
    </message>
    <message>
        <source>Another language</source>
        <translation>ភាសាផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Fast typing</source>
        <translation>ការវាយអក្សររហ័ស</translation>
    </message>
    <message>
        <source>Sales / customer service</source>
        <translation>ការលក់ / សេវាបម្រើអតិថិជន</translation>
    </message>
    <message>
        <source>By air</source>
        <translation>តាមផ្លូវអាកាស</translation>
    </message>
    <message>
        <source>By land</source>
        <translation>តាមផ្លូវគោក</translation>
    </message>
    <message>
        <source>By sea or river</source>
        <translation>តាមផ្លូវសមុទ្រ ឬទន្លេ</translation>
    </message>
    <message>
        <source>Tourist visa</source>
        <translation>ទិដ្ឋាការទេសចរណ៍</translation>
    </message>
    <message>
        <source>No visa</source>
        <translation>គ្មានទិដ្ឋាការ</translation>
    </message>
    <message>
        <source>Visa exemption</source>
        <translation>ការលើកលែងទិដ្ឋាការ</translation>
    </message>
    <message>
        <source>Business visa</source>
        <translation>ទិដ្ឋាការអាជីវកម្ម</translation>
    </message>
    <message>
        <source>Work visa</source>
        <translation>ទិដ្ឋាការការងារ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>0-8</source>
        <translation>0-8</translation>
    </message>
    <message>
        <source>9-17</source>
        <translation>9-17</translation>
    </message>
    <message>
        <source>18-20</source>
        <translation>18-20</translation>
    </message>
    <message>
        <source>21-23</source>
        <translation>21-23</translation>
    </message>
    <message>
        <source>24-26</source>
        <translation>24-26</translation>
    </message>
    <message>
        <source>27-29</source>
        <translation>27-29</translation>
    </message>
    <message>
        <source>30-38</source>
        <translation>30-38</translation>
    </message>
    <message>
        <source>39-47</source>
        <translation>39-47</translation>
    </message>
    <message>
        <source>48+</source>
        <translation>48+</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>ដោយផ្ទាល់</translation>
    </message>
    <message>
        <source>Through another country</source>
        <translation>ឆ្លងកាត់ប្រទេសផ្សេង</translation>
    </message>
    <message>
        <source>Losses recorded, not yet claimed</source>
        <translation>បានកត់ត្រាការខាតបង់ មិនទាន់ទាមទារ</translation>
    </message>
    <message>
        <source>Claimed, not (yet) obtained</source>
        <translation>បានទាមទារ មិនទាន់ទទួល</translation>
    </message>
    <message>
        <source>Obtained (in part or in full)</source>
        <translation>បានទទួល (មួយផ្នែក ឬទាំងស្រុង)</translation>
    </message>
</context>
</TS>
