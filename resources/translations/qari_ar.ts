<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="93"/>
        <source>Import &amp;Files…</source>
        <translation>استيراد &amp;ملفات…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="102"/>
        <source>Import F&amp;older…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="110"/>
        <source>&amp;Delete Article</source>
        <translation>&amp;حذف المقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="119"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="132"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="137"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="144"/>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;تظليل التحديد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="153"/>
        <source>Highlight in &amp;Green</source>
        <translation>تظليل بالأ&amp;خضر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="162"/>
        <source>Highlight in B&amp;lue</source>
        <translation>تظليل بالأ&amp;زرق</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="171"/>
        <source>Highlight in &amp;Pink</source>
        <translation>تظليل بال&amp;وردي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="180"/>
        <source>Add &amp;Note to Selection</source>
        <translation>إضافة &amp;ملاحظة على التحديد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="188"/>
        <source>Add &amp;Article Note</source>
        <translation>إضافة ملاحظة على ال&amp;مقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="197"/>
        <source>Add Bookmark &amp;Here</source>
        <translation>إضافة &amp;علامة هنا</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="206"/>
        <source>All &amp;Notes…</source>
        <translation>كل المل&amp;احظات…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="213"/>
        <source>&amp;Export Notes…</source>
        <translation>&amp;تصدير الملاحظات…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="220"/>
        <source>Copy &amp;Title</source>
        <translation>نسخ ال&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="228"/>
        <source>&amp;Search Library</source>
        <translation>&amp;بحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="235"/>
        <source>&amp;Bookmark Article</source>
        <translation>&amp;إشارة مرجعية</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="245"/>
        <source>&amp;Archive / Back to Inbox</source>
        <translation>أر&amp;شفة / إعادة إلى الوارد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="254"/>
        <source>Add &amp;Tag…</source>
        <translation>إضافة &amp;وسم…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="263"/>
        <source>Remo&amp;ve Tag…</source>
        <translation>إ&amp;زالة وسم…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="272"/>
        <source>&amp;Paste as Article</source>
        <translation>ال&amp;صق كمقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="280"/>
        <source>Fetch the Linked &amp;Page</source>
        <translation>اجلب ال&amp;صفحة المرتبطة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="289"/>
        <source>Open &amp;Original</source>
        <translation>افتح ال&amp;أصل</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="292"/>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="298"/>
        <source>Add from &amp;Link…</source>
        <translation>أضف من &amp;رابط…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="306"/>
        <source>&amp;Look Up Word</source>
        <translation>ا&amp;بحث عن الكلمة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="314"/>
        <source>&amp;Vocabulary…</source>
        <translation>ال&amp;مفردات…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="321"/>
        <source>&amp;Subscribe to Feed…</source>
        <translation>الا&amp;شتراك في موجز…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="329"/>
        <source>&amp;Refresh Feeds</source>
        <translation>&amp;تحديث الموجزات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="337"/>
        <source>Feeds and &amp;Watched Folders…</source>
        <translation>الموجزات والمجلدات الم&amp;راقبة…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="344"/>
        <source>S&amp;ync Now</source>
        <translation>&amp;زامن الآن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="352"/>
        <source>Set &amp;Up Sync…</source>
        <translation>إ&amp;عداد المزامنة…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="360"/>
        <source>Add to &amp;Collection…</source>
        <translation>أضف إلى &amp;مجموعة…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="369"/>
        <source>Remove from Collectio&amp;n</source>
        <translation>أزل من المجمو&amp;عة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="378"/>
        <source>Move &amp;Up in Collection</source>
        <translation>انقل إلى الأ&amp;على في المجموعة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="388"/>
        <source>Move &amp;Down in Collection</source>
        <translation>انقل إلى الأ&amp;سفل في المجموعة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="398"/>
        <source>New Co&amp;llection…</source>
        <translation>مجموعة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="406"/>
        <source>Sa&amp;ve Search…</source>
        <translation>ا&amp;حفظ البحث…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="414"/>
        <source>Find in &amp;Article…</source>
        <translation>بحث في ال&amp;مقال…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="421"/>
        <source>Show &amp;Bookmarked Only</source>
        <translation>إظهار المُعلَّمة &amp;فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="425"/>
        <source>Bookmarked</source>
        <translation>مُعلَّم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="430"/>
        <source>Show Articles with &amp;Notes Only</source>
        <translation>إظهار المقالات ذات ال&amp;ملاحظات فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="434"/>
        <source>With notes</source>
        <translation>بملاحظات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="439"/>
        <source>Show &amp;Unread Only</source>
        <translation>إظهار &amp;غير المقروءة فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="443"/>
        <source>Unread</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="448"/>
        <source>&amp;Larger Text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="456"/>
        <source>&amp;Smaller Text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="464"/>
        <source>&amp;Default Text Size</source>
        <translation>الحجم ال&amp;افتراضي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="471"/>
        <source>More Line &amp;Spacing</source>
        <translation>تباعد أسطر أ&amp;كبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="478"/>
        <source>Less Line S&amp;pacing</source>
        <translation>تباعد أسطر أ&amp;صغر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="485"/>
        <source>&amp;Wider Text Column</source>
        <translation>عمود نص أ&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="492"/>
        <source>&amp;Narrower Text Column</source>
        <translation>عمود نص أ&amp;ضيق</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="499"/>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="509"/>
        <source>&amp;Sepia</source>
        <translation>&amp;بني فاتح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="519"/>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="529"/>
        <source>Justify &amp;Arabic Paragraphs</source>
        <translation>ضبط الفقرات ال&amp;عربية</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="534"/>
        <source>Justify A&amp;ll Paragraphs</source>
        <translation>ضبط &amp;كل الفقرات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="539"/>
        <source>&amp;Ragged Lines</source>
        <translation>أسطر &amp;غير مضبوطة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="544"/>
        <source>Justify Arabic with &amp;Kashida</source>
        <translation>الضبط بال&amp;كشيدة في العربية</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="549"/>
        <source>&amp;Add Harakat (Selection or Article)</source>
        <translation>أ&amp;ضف الحركات (للتحديد أو للمقال)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="554"/>
        <source>&amp;Copy with Harakat</source>
        <translation>ا&amp;نسخ مع الحركات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="559"/>
        <source>&amp;Read Aloud / Pause</source>
        <translation>ا&amp;قرأ بصوت عالٍ / أوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="564"/>
        <source>&amp;Stop Reading</source>
        <translation>أ&amp;وقف القراءة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="569"/>
        <source>&amp;Previous Sentence</source>
        <translation>الجملة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="574"/>
        <source>&amp;Next Sentence</source>
        <translation>الجملة ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="579"/>
        <source>&amp;Faster</source>
        <translation>أ&amp;سرع</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="584"/>
        <source>S&amp;lower</source>
        <translation>أ&amp;بطأ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="589"/>
        <source>&amp;Show Harakat</source>
        <translation>إ&amp;ظهار الحركات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="594"/>
        <source>&amp;Hide Harakat</source>
        <translation>إ&amp;خفاء الحركات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="600"/>
        <source>Keep Only Sha&amp;dda</source>
        <translation>إبقاء ال&amp;شدة وحدها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="635"/>
        <source>Show &amp;Library</source>
        <translation>إظهار الم&amp;كتبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="643"/>
        <source>Show N&amp;otes Panel</source>
        <translation>إظهار لوحة الم&amp;لاحظات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="651"/>
        <source>Show Boo&amp;kmarks Panel</source>
        <translation>إظهار لوحة ال&amp;علامات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="659"/>
        <source>&amp;Focus Mode</source>
        <translation>وضع الت&amp;ركيز</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="667"/>
        <source>Ne&amp;xt Article</source>
        <translation>المقال الت&amp;الي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="674"/>
        <source>Pre&amp;vious Article</source>
        <translation>المقال ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="681"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة الم&amp;فاتيح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="688"/>
        <source>&amp;Welcome Article</source>
        <translation>مقال ال&amp;ترحيب</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="696"/>
        <source>&amp;About Qari</source>
        <translation>&amp;عن قارئ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="706"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="707"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="708"/>
        <source>&amp;Notes</source>
        <translation>المل&amp;احظات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="709"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="710"/>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="711"/>
        <source>&amp;Font</source>
        <translation>ال&amp;خط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="712"/>
        <source>&amp;Justify</source>
        <translation>&amp;ضبط الأسطر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="713"/>
        <source>&amp;Harakat</source>
        <translation>ال&amp;حركات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="714"/>
        <source>Read &amp;Aloud</source>
        <translation>ال&amp;قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="715"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>AllNotesDialog</name>
    <message>
        <location filename="../../reader/ui/notes/all_notes.py" line="62"/>
        <source>All Notes</source>
        <translation>كل الملاحظات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/all_notes.py" line="65"/>
        <source>Search notes</source>
        <translation>بحث في الملاحظات</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../reader/ui/app/annotation_controller.py" line="69"/>
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/annotation_controller.py" line="75"/>
        <source>Add article note</source>
        <translation>إضافة ملاحظة على المقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/annotation_controller.py" line="81"/>
        <source>Add bookmark</source>
        <translation>إضافة علامة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/annotation_controller.py" line="87"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/annotation_controller.py" line="94"/>
        <source>Edit note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/annotation_controller.py" line="95"/>
        <source>Change colour</source>
        <translation>تغيير اللون</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/annotation_controller.py" line="96"/>
        <source>Rename bookmark</source>
        <translation>إعادة تسمية العلامة</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <location filename="../../reader/ui/notes/notes_panel.py" line="130"/>
        <source>Article note</source>
        <translation>ملاحظة على المقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_panel.py" line="137"/>
        <source>Passage not found in the current text</source>
        <translation>لم يُعثر على المقطع في النص الحالي</translation>
    </message>
</context>
<context>
    <name>Arrivals</name>
    <message>
        <location filename="../../reader/ui/window/arrivals.py" line="78"/>
        <source>The clipboard holds no text to make an article of</source>
        <translation>لا تحمل الحافظة نصًا يُصنع منه مقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/arrivals.py" line="96"/>
        <source>Pasted text</source>
        <translation>نص ملصق</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/arrivals.py" line="103"/>
        <source>Add from Link</source>
        <translation>أضف من رابط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/arrivals.py" line="104"/>
        <source>Address of the article (http or https)</source>
        <translation>عنوان المقال (http أو https)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/arrivals.py" line="116"/>
        <source>Fetching %1…</source>
        <translation>جارٍ جلب %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/arrivals.py" line="143"/>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/arrivals.py" line="145"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)</source>
        <translation>المقالات (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/arrivals.py" line="154"/>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../reader/ui/notes/notes_panel.py" line="310"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../reader/messages.py" line="39"/>
        <source>is a folder</source>
        <translation>مجلد وليس ملفًا</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="40"/>
        <source>not a regular file (a device, socket or pipe)</source>
        <translation>ليس ملفًا عاديًا (جهاز أو مقبس أو أنبوب)</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="41"/>
        <source>too large ({size} MB; the limit is {limit} MB)</source>
        <translation>حجمه كبير جدًا ({size} ميغابايت؛ الحد {limit} ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="42"/>
        <source>too many lines for an article ({count}; the limit is {limit})</source>
        <translation>عدد الأسطر أكبر من أن يكون مقالًا ({count}؛ الحد {limit})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="45"/>
        <source>too many paragraphs for an article ({count}; the limit is {limit})</source>
        <translation>عدد الفقرات أكبر من أن يكون مقالًا ({count}؛ الحد {limit})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="48"/>
        <source>file not found (moved or deleted?)</source>
        <translation>الملف غير موجود (هل نُقل أو حُذف؟)</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="49"/>
        <source>permission denied</source>
        <translation>لا إذن بقراءته</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="50"/>
        <source>cannot read file ({detail})</source>
        <translation>تعذّرت قراءة الملف ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="51"/>
        <source>no title and no text</source>
        <translation>لا عنوان ولا نص</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="52"/>
        <source>no article text</source>
        <translation>لا يوجد نص للمقال</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="53"/>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="54"/>
        <source>empty file (only white space)</source>
        <translation>ملف فارغ (مسافات فقط)</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="55"/>
        <source>{format} too deeply nested to read</source>
        <translation>ملف {format} متداخل بعمق لا تمكن قراءته</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="56"/>
        <source>could not read as {format} ({detail})</source>
        <translation>تعذّرت قراءته بصيغة {format} ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="57"/>
        <source>invalid {encoding} text at byte {offset}</source>
        <translation>نص {encoding} غير صالح عند البايت {offset}</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="58"/>
        <source>binary file, not text</source>
        <translation>ملف ثنائي وليس نصًا</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="59"/>
        <source>invalid UTF-8 at byte {offset}</source>
        <translation>ترميز UTF-8 غير صالح عند البايت {offset}</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="60"/>
        <source>undecodable text (not UTF-8 at byte {offset})</source>
        <translation>نص تتعذّر قراءة ترميزه (ليس UTF-8 عند البايت {offset})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="61"/>
        <source>no text in the file</source>
        <translation>لا نص في الملف</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="62"/>
        <source>the page has a title but no article text</source>
        <translation>للصفحة عنوان لكن لا نص للمقال فيها</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="63"/>
        <source>tagged text without a &lt;TEXT&gt; field</source>
        <translation>نص موسوم بلا حقل &lt;TEXT&gt;</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="64"/>
        <source>unreadable HTML ({detail})</source>
        <translation>HTML تتعذّر قراءته ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="65"/>
        <source>no article text found in the page</source>
        <translation>لم يُعثر على نص مقال في الصفحة</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="66"/>
        <source>unreadable package ({detail})</source>
        <translation>ملف مضغوط غير مقروء ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="67"/>
        <source>unreadable read-it-later export ({detail})</source>
        <translation>ملف تصدير غير مقروء من خدمة القراءة لاحقًا ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="68"/>
        <source>not a web link ({scheme}): only http and https</source>
        <translation>ليس رابط ويب ({scheme}): http و https فقط</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="69"/>
        <source>the page is larger than {limit} MB</source>
        <translation>الصفحة أكبر من {limit} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="70"/>
        <source>the link redirects more than {limit} times</source>
        <translation>الرابط يُحوَّل أكثر من {limit} مرات</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="71"/>
        <source>the server answered {code} {reason}</source>
        <translation>أجاب الخادم {code} {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="72"/>
        <source>no such host: {host}</source>
        <translation>لا يوجد خادم بهذا الاسم: {host}</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="73"/>
        <source>the server did not answer in {seconds} s</source>
        <translation>لم يُجب الخادم خلال {seconds} ثانية</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="74"/>
        <source>the page could not be fetched ({detail})</source>
        <translation>تعذر جلب الصفحة ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="75"/>
        <source>not a feed (RSS, Atom or JSON Feed), nor a page that links to one</source>
        <translation>ليس موجزًا (RSS أو Atom أو JSON Feed) ولا صفحة تشير إلى موجز</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="78"/>
        <source>unreadable feed ({detail})</source>
        <translation>موجز تتعذّر قراءته ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="79"/>
        <source>the feed declares XML entities (a billion-laughs or external-entity attack?): refused</source>
        <translation>يعرّف الموجز كيانات XML (هجوم «مليار ضحكة» أو كيانات خارجية؟): رُفض</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="82"/>
        <source>already subscribed</source>
        <translation>مشترك فيه من قبل</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="83"/>
        <source>unreadable OPML ({detail})</source>
        <translation>ملف OPML تتعذّر قراءته ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="84"/>
        <source>Markdown file without any text</source>
        <translation>ملف Markdown بلا نص</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="85"/>
        <source>not an article file ({suffix})</source>
        <translation>ليس ملف مقال ({suffix})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="86"/>
        <source>unreadable Qari export ({detail})</source>
        <translation>ملف تصدير من قارئ تتعذّر قراءته ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="87"/>
        <source>could not be stored ({detail})</source>
        <translation>تعذّر حفظه ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="88"/>
        <source>the importer stopped unexpectedly ({detail})</source>
        <translation>توقف الاستيراد على نحو غير متوقع ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="91"/>
        <source>no library at {path}</source>
        <translation>لا توجد مكتبة في {path}</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="92"/>
        <source>cannot open library {path}: {detail}</source>
        <translation>تعذّر فتح المكتبة {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="93"/>
        <source>library {path} was written by a newer Qari (schema {version}; this version reads up to {supported}); it was left untouched</source>
        <translation>المكتبة {path} كتبها إصدار أحدث من قارئ (المخطط {version}؛ هذا الإصدار يقرأ حتى {supported})؛ تُركت دون تغيير</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="98"/>
        <source>library {path} is damaged or not a Qari library ({detail})</source>
        <translation>المكتبة {path} تالفة أو ليست مكتبة قارئ ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="99"/>
        <source>the library is busy: another Qari process is writing to it; try again in a moment</source>
        <translation>المكتبة مشغولة: عملية أخرى من قارئ تكتب فيها؛ حاول بعد لحظة</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="102"/>
        <source>the disk is full: free some space and try again; nothing was changed</source>
        <translation>القرص ممتلئ: أفرغ بعض المساحة وحاول مجددًا؛ لم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="105"/>
        <source>the library is read-only (its file or folder cannot be written); nothing was changed</source>
        <translation>المكتبة للقراءة فقط (لا تمكن الكتابة في ملفها أو مجلدها)؛ لم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="108"/>
        <source>the disk reported an input/output error ({detail}); nothing was changed</source>
        <translation>أبلغ القرص عن خطأ في القراءة أو الكتابة ({detail})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="111"/>
        <source>{path} does not exist</source>
        <translation>{path} غير موجود</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="112"/>
        <source>{path} is damaged</source>
        <translation>{path} تالف</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="113"/>
        <source>{path} is not a Qari library ({detail})</source>
        <translation>{path} ليس مكتبة قارئ ({detail})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="114"/>
        <source>{path} was written by a newer Qari (schema {version})</source>
        <translation>{path} كتبه إصدار أحدث من قارئ (المخطط {version})</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="115"/>
        <source>the library is open in another Qari window or command; close it and try again</source>
        <translation>المكتبة مفتوحة في نافذة أو أمر آخر من قارئ؛ أغلقه وحاول مجددًا</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="118"/>
        <source>a restore of {path} was interrupted; run qari restore again to finish it</source>
        <translation>توقفت استعادة {path} قبل أن تكتمل؛ شغّل qari restore مرة أخرى لإتمامها</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="121"/>
        <source>library {path} is read-only and was made by an older Qari: it must be upgraded where it can be written</source>
        <translation>المكتبة {path} للقراءة فقط وأنشأها إصدار أقدم من قارئ: يجب ترقيتها في مكان تمكن الكتابة فيه</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="126"/>
        <source>library {path} must be upgraded, and no backup could be made first ({detail}); it was left untouched</source>
        <translation>يجب ترقية المكتبة {path}، ولم يمكن صنع نسخة احتياطية قبل ذلك ({detail})؛ تُركت دون تغيير</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="134"/>
        <source>the sync folder {path} does not exist</source>
        <translation>مجلد المزامنة {path} غير موجود</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="135"/>
        <source>cannot read the sync folder: {detail}</source>
        <translation>تعذّرت قراءة مجلد المزامنة: {detail}</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="136"/>
        <source>the sync folder&apos;s disk is full</source>
        <translation>قرص مجلد المزامنة ممتلئ</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="137"/>
        <source>cannot write to the sync folder: {detail}</source>
        <translation>تعذّرت الكتابة في مجلد المزامنة: {detail}</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="138"/>
        <source>the server refused the user name or password</source>
        <translation>رفض الخادم اسم المستخدم أو كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="139"/>
        <source>the server does not let this user write there</source>
        <translation>لا يسمح الخادم لهذا المستخدم بالكتابة هناك</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="140"/>
        <source>the folder is not on the server (check the address)</source>
        <translation>المجلد غير موجود على الخادم (تحقق من العنوان)</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="142"/>
        <source>the address is not a WebDAV folder</source>
        <translation>العنوان ليس مجلد WebDAV</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="143"/>
        <source>the server refused a write that was under way (412); it will be tried again</source>
        <translation>رفض الخادم كتابة كانت جارية (412)؛ ستُعاد المحاولة</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="145"/>
        <source>the folder is locked on the server</source>
        <translation>المجلد مقفل على الخادم</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="146"/>
        <source>the server is out of space</source>
        <translation>لا مساحة متبقية على الخادم</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="147"/>
        <source>the server answered {status} while {doing}</source>
        <translation>أجاب الخادم بالرمز {status} أثناء {doing}</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="148"/>
        <source>the server did not answer in time</source>
        <translation>لم يُجب الخادم في الوقت المحدد</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="149"/>
        <source>the connection to the server was lost</source>
        <translation>انقطع الاتصال بالخادم</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="150"/>
        <source>WebDAV failed while {doing}: {detail}</source>
        <translation>تعثّر WebDAV أثناء {doing}: {detail}</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="151"/>
        <source>a WebDAV address starts with https://</source>
        <translation>عنوان WebDAV يبدأ بـ https://</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="152"/>
        <source>no password for {user} at {url}: give it once (qari sync --webdav URL --user {user} asks for it) or set {env}</source>
        <translation>لا كلمة مرور لـ {user} على {url}: أدخلها مرة واحدة (يطلبها qari sync --webdav URL --user {user}) أو اضبط {env}</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="155"/>
        <source>sync is not set up: choose a folder or a WebDAV server</source>
        <translation>المزامنة غير مُعدّة: اختر مجلدًا أو خادم WebDAV</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="157"/>
        <source>another sync of this library is running</source>
        <translation>مزامنة أخرى لهذه المكتبة جارية</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="158"/>
        <source>that folder holds something else than Qari&apos;s sync files</source>
        <translation>في ذلك المجلد شيء غير ملفات مزامنة قارئ</translation>
    </message>
    <message>
        <location filename="../../reader/messages.py" line="160"/>
        <source>that folder was set up by a newer Qari; update Qari</source>
        <translation>أعدّ ذلك المجلدَ إصدارٌ أحدث من قارئ؛ حدّث قارئ</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../reader/ui/reading/empty_state.py" line="82"/>
        <source>Your library is empty. Import saved pages, e-books, Word, text or Markdown files, paste an article (Ctrl+Shift+V) or add one from a link, or drop them on this window.</source>
        <translation>مكتبتك فارغة. استورد صفحات محفوظة أو كتبًا إلكترونية أو ملفات Word أو نصية أو Markdown، أو الصق مقالًا (Ctrl+Shift+V) أو أضفه من رابط، أو أفلتها على هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/empty_state.py" line="87"/>
        <source>Choose an article in the library, or import more.</source>
        <translation>اختر مقالًا من المكتبة، أو استورد المزيد.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../reader/ui/app/error_dialog.py" line="50"/>
        <source>Details are in the log: %1</source>
        <translation>التفاصيل في السجل: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/error_dialog.py" line="55"/>
        <source>Copy Details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/error_dialog.py" line="76"/>
        <source>Something went wrong inside Qari: %1</source>
        <translation>حدث خطأ داخل قارئ: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/error_dialog.py" line="115"/>
        <source>Qari</source>
        <translation>قارئ</translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_model.py" line="32"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_model.py" line="36"/>
        <source>Failing: %1</source>
        <translation>يتعثّر: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_model.py" line="39"/>
        <source>Not yet read</source>
        <translation>لم يُقرأ بعد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_model.py" line="41"/>
        <source>Read %1</source>
        <translation>قُرئ %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_model.py" line="45"/>
        <source>Feed</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_model.py" line="46"/>
        <source>Unread</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_model.py" line="47"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="46"/>
        <source>Feeds and Watched Folders</source>
        <translation>الموجزات والمجلدات المراقبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="49"/>
        <source>Feeds</source>
        <translation>الموجزات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="50"/>
        <source>Watched Folders</source>
        <translation>المجلدات المراقبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="63"/>
        <source>Refreshing %1 of %2: %3</source>
        <translation>تحديث %1 من %2: %3</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="85"/>
        <source>Address of a feed or of a site that has one</source>
        <translation>عنوان موجز أو موقع له موجز</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="87"/>
        <source>Subscribe</source>
        <translation>اشترك</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="101"/>
        <source>When the entry is only a summary</source>
        <translation>حين يكون المدخل ملخصًا فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="102"/>
        <source>Always</source>
        <translation>دائمًا</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="102"/>
        <source>Never: the feed&apos;s text</source>
        <translation>أبدًا: نص الموجز</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="105"/>
        <source>As each paragraph is written</source>
        <translation>كما كُتبت كل فقرة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="106"/>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="106"/>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="109"/>
        <source>The reading font</source>
        <translation>خط القراءة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="113"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="114"/>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="117"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="119"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="120"/>
        <source>Tag new entries</source>
        <translation>وسم المدخلات الجديدة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="121"/>
        <source>Fetch the whole page</source>
        <translation>جلب الصفحة كاملة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="122"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="123"/>
        <source>Font</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="124"/>
        <source>Archive unread after</source>
        <translation>أرشفة غير المقروء بعد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="131"/>
        <source>Unsubscribe</source>
        <translation>إلغاء الاشتراك</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="133"/>
        <source>Refresh All</source>
        <translation>تحديث الكل</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="135"/>
        <source>Import OPML…</source>
        <translation>استيراد OPML…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="137"/>
        <source>Export OPML…</source>
        <translation>تصدير OPML…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="142"/>
        <source>Only when asked</source>
        <translation>عند الطلب فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="143"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="150"/>
        <source>Refresh every</source>
        <translation>التحديث كل</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="169"/>
        <source>Files saved into these folders (by a browser extension such as SingleFile, for example) are imported as soon as they are complete.</source>
        <translation>تُستورد الملفات المحفوظة في هذه المجلدات (بإضافة متصفح مثل SingleFile مثلًا) حالما يكتمل حفظها.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="175"/>
        <source>Add Folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="177"/>
        <source>Stop Watching</source>
        <translation>إيقاف المراقبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="180"/>
        <source>Move imported files into a folder named “imported” inside it</source>
        <translation>انقل الملفات المستوردة إلى مجلد اسمه «imported» داخله</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="257"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="271"/>
        <source>Import OPML</source>
        <translation>استيراد OPML</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="271"/>
        <source>OPML (*.opml *.xml);;All files (*)</source>
        <translation>OPML (*.opml *.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="283"/>
        <source>Export OPML</source>
        <translation>تصدير OPML</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="283"/>
        <source>OPML (*.opml)</source>
        <translation>OPML (*.opml)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="293"/>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/feeds_dialog.py" line="298"/>
        <source>Watch a Folder</source>
        <translation>مراقبة مجلد</translation>
    </message>
</context>
<context>
    <name>FeedsPart</name>
    <message>
        <location filename="../../reader/ui/window/feeds_part.py" line="43"/>
        <source>Subscribe to Feed</source>
        <translation>الاشتراك في موجز</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/feeds_part.py" line="44"/>
        <source>Address of a feed, or of a site that has one</source>
        <translation>عنوان موجز، أو موقع له موجز</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/feeds_part.py" line="47"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/feeds_part.py" line="52"/>
        <source>Feeds are being refreshed</source>
        <translation>الموجزات قيد التحديث</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/feeds_part.py" line="73"/>
        <source>Refreshing feeds: %1 of %2</source>
        <translation>تحديث الموجزات: %1 من %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window/feeds_part.py" line="81"/>
        <source>Feeds: %n new article(s)</source>
        <translation>
            <numerusform>الموجزات: لا مقالات جديدة</numerusform>
            <numerusform>الموجزات: مقال جديد واحد</numerusform>
            <numerusform>الموجزات: مقالان جديدان</numerusform>
            <numerusform>الموجزات: %n مقالات جديدة</numerusform>
            <numerusform>الموجزات: %n مقالًا جديدًا</numerusform>
            <numerusform>الموجزات: %n مقال جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window/feeds_part.py" line="83"/>
        <source>%n feed(s) failed</source>
        <translation>
            <numerusform>لم يتعثّر أي موجز</numerusform>
            <numerusform>تعثّر موجز واحد</numerusform>
            <numerusform>تعثّر موجزان</numerusform>
            <numerusform>تعثّرت %n موجزات</numerusform>
            <numerusform>تعثّر %n موجزًا</numerusform>
            <numerusform>تعثّر %n موجز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/feeds_part.py" line="85"/>
        <source>No feed to refresh now</source>
        <translation>لا موجز يُحدَّث الآن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window/feeds_part.py" line="92"/>
        <source>Subscribed to %1: %n new article(s)</source>
        <translation>
            <numerusform>اشتركت في %1: لا مقالات جديدة</numerusform>
            <numerusform>اشتركت في %1: مقال جديد واحد</numerusform>
            <numerusform>اشتركت في %1: مقالان جديدان</numerusform>
            <numerusform>اشتركت في %1: %n مقالات جديدة</numerusform>
            <numerusform>اشتركت في %1: %n مقالًا جديدًا</numerusform>
            <numerusform>اشتركت في %1: %n مقال جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window/feeds_part.py" line="100"/>
        <source>%n article(s) imported from a watched folder</source>
        <translation>
            <numerusform>لم يُستورد أي مقال من مجلد مراقب</numerusform>
            <numerusform>استُورد مقال واحد من مجلد مراقب</numerusform>
            <numerusform>استُورد مقالان من مجلد مراقب</numerusform>
            <numerusform>استُوردت %n مقالات من مجلد مراقب</numerusform>
            <numerusform>استُورد %n مقالًا من مجلد مراقب</numerusform>
            <numerusform>استُورد %n مقال من مجلد مراقب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="20"/>
        <source>Find in article</source>
        <translation>بحث في المقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="24"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="26"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="29"/>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="108"/>
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="111"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>HarakatPart</name>
    <message>
        <location filename="../../reader/ui/window/harakat_part.py" line="110"/>
        <source>Harakat added</source>
        <translation>أُضيفت الحركات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/harakat_part.py" line="114"/>
        <source>Adding harakat: %1 of %2 paragraphs</source>
        <translation>إضافة الحركات: %1 من %2 فقرة</translation>
    </message>
</context>
<context>
    <name>HelpPart</name>
    <message>
        <location filename="../../reader/ui/window/help.py" line="60"/>
        <source>Qari %1 — an article reader for Arabic.</source>
        <translation>قارئ %1 — قارئ مقالات للعربية.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/help.py" line="63"/>
        <source>Log file: %1</source>
        <translation>ملف السجل: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/help.py" line="64"/>
        <source>About Qari</source>
        <translation>عن قارئ</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../reader/ui/window/import_status.py" line="35"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/import_status.py" line="53"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/import_status.py" line="60"/>
        <source>Importing %1</source>
        <translation>جارٍ استيراد %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/import_status.py" line="72"/>
        <source>%1 imported, %2 duplicate, %3 updated, %4 failed</source>
        <translation>استُورد %1، مكرر %2، محدَّث %3، فشل %4</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/import_status.py" line="76"/>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/import_status.py" line="78"/>
        <source>The import stopped</source>
        <translation>توقف الاستيراد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/import_status.py" line="82"/>
        <location filename="../../reader/ui/window/import_status.py" line="86"/>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/import_status.py" line="106"/>
        <source>Read-only library</source>
        <translation>مكتبة للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/import_status.py" line="109"/>
        <source>This library&apos;s file or folder cannot be written: articles can be read, searched and copied, but not imported, changed or annotated.</source>
        <translation>لا يمكن الكتابة في ملف هذه المكتبة أو مجلدها: يمكن قراءة المقالات والبحث فيها ونسخها، لا استيرادها ولا تغييرها ولا التعليق عليها.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reader/ui/library/library_model.py" line="225"/>
        <location filename="../../reader/ui/library/library_model.py" line="231"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_model.py" line="225"/>
        <location filename="../../reader/ui/library/library_model.py" line="231"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_model.py" line="225"/>
        <location filename="../../reader/ui/library/library_model.py" line="231"/>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_model.py" line="225"/>
        <location filename="../../reader/ui/library/library_model.py" line="231"/>
        <source>Added</source>
        <translation>أضيف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_model.py" line="226"/>
        <location filename="../../reader/ui/library/library_model.py" line="232"/>
        <source>Read</source>
        <translation>مقروء</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_model.py" line="232"/>
        <source>Bookmarked</source>
        <translation>مُعلَّم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_model.py" line="232"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../reader/ui/library/library_panel.py" line="186"/>
        <source>Search library</source>
        <translation>بحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_panel.py" line="197"/>
        <source>No articles match.</source>
        <translation>لا مقالات مطابقة.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_panel.py" line="411"/>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../reader/ui/library/library_view.py" line="118"/>
        <location filename="../../reader/ui/library/library_view.py" line="224"/>
        <source>All sites</source>
        <translation>كل المواقع</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="19"/>
        <source>noun</source>
        <translation>اسم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="20"/>
        <source>verb</source>
        <translation>فعل</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="21"/>
        <source>particle</source>
        <translation>حرف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="22"/>
        <source>proper name</source>
        <translation>اسم علم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="32"/>
        <source>Not an Arabic word: nothing to look up.</source>
        <translation>ليست كلمة عربية: لا شيء يُبحث عنه.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="35"/>
        <source>No analysis: a name, a foreign word, or a form the analyser does not know.</source>
        <translation>لا تحليل: اسم علم أو كلمة أجنبية أو صيغة لا يعرفها المحلل.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="40"/>
        <source>Root</source>
        <translation>الجذر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="41"/>
        <source>Pattern</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="42"/>
        <source>Built as</source>
        <translation>البنية</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="43"/>
        <source>Plural</source>
        <translation>الجمع</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="44"/>
        <source>Form</source>
        <translation>الصيغة</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="82"/>
        <source>Double-click a word in the article to look it up.</source>
        <translation>انقر نقرًا مزدوجًا على كلمة في المقال لتعرف ما هي.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="84"/>
        <source>Add to Vocabulary</source>
        <translation>أضف إلى المفردات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/lookup_panel.py" line="97"/>
        <source>Looking it up…</source>
        <translation>جارٍ البحث…</translation>
    </message>
</context>
<context>
    <name>LookupPart</name>
    <message>
        <location filename="../../reader/ui/window/lookup_part.py" line="52"/>
        <source>Word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/lookup_part.py" line="107"/>
        <source>“%1” added to the vocabulary</source>
        <translation>أُضيفت «%1» إلى المفردات</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/window/action_builder.py" line="29"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="283"/>
        <source>Article title copied to clipboard</source>
        <translation>تم نسخ عنوان المقال إلى الحافظة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window/main_window.py" line="286"/>
        <source>%n article titles copied to clipboard</source>
        <translation>
            <numerusform>لم يُنسخ أي عنوان</numerusform>
            <numerusform>تم نسخ عنوان مقال واحد إلى الحافظة</numerusform>
            <numerusform>تم نسخ عنواني مقالين إلى الحافظة</numerusform>
            <numerusform>تم نسخ %n عناوين مقالات إلى الحافظة</numerusform>
            <numerusform>تم نسخ %n عنوان مقال إلى الحافظة</numerusform>
            <numerusform>تم نسخ %n عنوان مقال إلى الحافظة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="178"/>
        <source>Qari (read-only)</source>
        <translation>قارئ (للقراءة فقط)</translation>
    </message>
</context>
<context>
    <name>NotesDocks</name>
    <message>
        <location filename="../../reader/ui/notes/notes_docks.py" line="49"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_docks.py" line="52"/>
        <source>Bookmarks</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_docks.py" line="107"/>
        <source>Select a passage first</source>
        <translation>حدّد مقطعاً أولاً</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_docks.py" line="167"/>
        <source>Export notes</source>
        <translation>تصدير الملاحظات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_docks.py" line="168"/>
        <source>Markdown (*.md);;Web Annotation JSON-LD (*.json)</source>
        <translation>Markdown (*.md);;تعليقات الويب JSON-LD (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_docks.py" line="193"/>
        <source>Notes exported to %1</source>
        <translation>صُدّرت الملاحظات إلى %1</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../reader/ui/notes/notes_panel.py" line="161"/>
        <source>Write a note…</source>
        <translation>اكتب ملاحظة…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_panel.py" line="165"/>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_panel.py" line="165"/>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_panel.py" line="165"/>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_panel.py" line="166"/>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_panel.py" line="169"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_panel.py" line="170"/>
        <source>Add Article Note</source>
        <translation>إضافة ملاحظة على المقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_panel.py" line="264"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes/notes_panel.py" line="278"/>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
</context>
<context>
    <name>Organiser</name>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="62"/>
        <source>Delete articles</source>
        <translation>حذف المقالات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/library/organiser.py" line="64"/>
        <source>Delete %n article(s) and their notes? This cannot be undone.</source>
        <translation>
            <numerusform>لا مقالات للحذف.</numerusform>
            <numerusform>حذف مقال واحد وملاحظاته؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف مقالين وملاحظاتهما؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف %n مقالات وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف %n مقالاً وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>حذف %n مقال وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="98"/>
        <source>Add tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="108"/>
        <source>Remove tag</source>
        <translation>إزالة وسم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="121"/>
        <location filename="../../reader/ui/library/organiser.py" line="126"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="146"/>
        <source>Add to collection</source>
        <translation>أضف إلى مجموعة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="146"/>
        <location filename="../../reader/ui/library/organiser.py" line="231"/>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="185"/>
        <source>Type a search or choose filters first</source>
        <translation>اكتب بحثًا أو اختر مرشّحات أولًا</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="191"/>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="192"/>
        <source>Name for %1</source>
        <translation>اسم لـ %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="210"/>
        <source>Rename…</source>
        <translation>أعد التسمية…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="211"/>
        <location filename="../../reader/ui/library/organiser.py" line="275"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="215"/>
        <source>Refresh This Feed</source>
        <translation>تحديث هذا الموجز</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="217"/>
        <source>Unsubscribe</source>
        <translation>إلغاء الاشتراك</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="221"/>
        <source>New Collection…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="231"/>
        <source>New collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="244"/>
        <location filename="../../reader/ui/library/organiser.py" line="260"/>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="244"/>
        <source>New name</source>
        <translation>الاسم الجديد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="270"/>
        <source>Delete the saved search “%1”?</source>
        <translation>أتحذف البحث المحفوظ «%1»؟</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="271"/>
        <source>Delete the collection “%1”? Its articles stay in the library.</source>
        <translation>أتحذف المجموعة «%1»؟ تبقى مقالاتها في المكتبة.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/organiser.py" line="273"/>
        <source>Remove the tag “%1” from every article?</source>
        <translation>أتزيل الوسم «%1» من كل المقالات؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/library/organiser.py" line="294"/>
        <source>%n article(s) moved</source>
        <translation>
            <numerusform>لم يُنقل أي مقال</numerusform>
            <numerusform>نُقل مقال واحد</numerusform>
            <numerusform>نُقل مقالان</numerusform>
            <numerusform>نُقلت %n مقالات</numerusform>
            <numerusform>نُقل %n مقالًا</numerusform>
            <numerusform>نُقل %n مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="32"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="35"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="38"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="40"/>
        <source>Reading font</source>
        <translation>خط القراءة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="44"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="50"/>
        <source>Line spacing</source>
        <translation>تباعد الأسطر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="55"/>
        <source>Line length (characters)</source>
        <translation>طول السطر (بالحروف)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="56"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="56"/>
        <source>Sepia</source>
        <translation>بني فاتح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="56"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="58"/>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="60"/>
        <source>As the interface writes them</source>
        <translation>كما تكتبها الواجهة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="61"/>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية عربية (٠١٢٣)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="62"/>
        <source>Persian (۰۱۲۳)</source>
        <translation>فارسية (۰۱۲۳)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="63"/>
        <source>Western (0123)</source>
        <translation>غربية (0123)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="65"/>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="66"/>
        <source>Also in the article&apos;s text</source>
        <translation>وفي نص المقال أيضًا</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="70"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="71"/>
        <source>Hijri (Umm al-Qura)</source>
        <translation>هجري (أم القرى)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="72"/>
        <source>Both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="74"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="75"/>
        <source>Archive an article when I finish reading it</source>
        <translation>انقل المقال إلى الأرشيف حين أنتهي من قراءته</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../reader/ui/app/i18n.py" line="29"/>
        <source>&amp;Look in:</source>
        <translation>ال&amp;بحث في:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/i18n.py" line="30"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
</context>
<context>
    <name>ReadAloudController</name>
    <message>
        <location filename="../../reader/ui/app/read_aloud_controller.py" line="207"/>
        <source>No sound output device: the words are marked as they would be read</source>
        <translation>لا جهاز لإخراج الصوت: تُعلَّم الكلمات كما لو كانت تُقرأ</translation>
    </message>
</context>
<context>
    <name>ReadAloudPart</name>
    <message>
        <location filename="../../reader/ui/window/read_aloud_part.py" line="74"/>
        <source>Reading speed: %1 words a minute</source>
        <translation>سرعة القراءة: %1 كلمة في الدقيقة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/read_aloud_part.py" line="93"/>
        <source>Reading aloud paused</source>
        <translation>توقفت القراءة مؤقتًا</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../reader/ui/reading/document.py" line="201"/>
        <source>%1 views</source>
        <translation>%1 مشاهدة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/document.py" line="207"/>
        <source>%1 min read</source>
        <translation>%1 دقيقة قراءة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="37"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="41"/>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="41"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../reader/ui/library/sidebar_model.py" line="47"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/sidebar_model.py" line="48"/>
        <source>Saved Searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/sidebar_model.py" line="49"/>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/sidebar_model.py" line="50"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/sidebar_model.py" line="51"/>
        <source>Feeds</source>
        <translation>الموجزات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/sidebar_model.py" line="57"/>
        <source>Inbox</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/sidebar_model.py" line="58"/>
        <source>Archive</source>
        <translation>الأرشيف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/sidebar_model.py" line="59"/>
        <source>All Articles</source>
        <translation>كل المقالات</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../reader/ui/app/sync_controller.py" line="109"/>
        <source>Sync is not set up: File › Set Up Sync</source>
        <translation>المزامنة غير مُعدّة: ملف › إعداد المزامنة</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="32"/>
        <source>Set Up Sync</source>
        <translation>إعداد المزامنة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="36"/>
        <source>Qari keeps this library in step with your other computers through a folder that a program such as Syncthing, Nextcloud or Dropbox syncs, or through a WebDAV server you already have. Nothing goes to a server of Qari&apos;s.</source>
        <translation>يُبقي قارئ هذه المكتبة متطابقة على حواسيبك الأخرى عبر مجلد يزامنه برنامج مثل Syncthing أو Nextcloud أو Dropbox، أو عبر خادم WebDAV لديك. لا يذهب شيء إلى خادم لقارئ.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="42"/>
        <source>A synced &amp;folder</source>
        <translation>م&amp;جلد متزامن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="43"/>
        <source>A &amp;WebDAV server</source>
        <translation>خادم &amp;WebDAV</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="51"/>
        <source>for example ~/Sync/Qari</source>
        <translation>مثلًا ‎~/Sync/Qari</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="52"/>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختر…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="65"/>
        <source>kept in the system keyring</source>
        <translation>تُحفظ في حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="66"/>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="67"/>
        <source>User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="68"/>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="74"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="75"/>
        <source>only on start and when asked</source>
        <translation>عند البدء وعند الطلب فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="78"/>
        <source>the latest opened</source>
        <translation>آخر ما فُتح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="79"/>
        <source>the furthest read</source>
        <translation>أبعد ما قُرئ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="81"/>
        <source>Sync every:</source>
        <translation>زامن كل:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="82"/>
        <source>Reading position:</source>
        <translation>موضع القراءة:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="91"/>
        <source>&amp;Sync</source>
        <translation>&amp;زامن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="117"/>
        <source>Sync Folder</source>
        <translation>مجلد المزامنة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="130"/>
        <source>Choose a folder that exists.</source>
        <translation>اختر مجلدًا موجودًا.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/sync_dialog.py" line="137"/>
        <source>A WebDAV address starts with https://</source>
        <translation>عنوان WebDAV يبدأ بـ https://</translation>
    </message>
</context>
<context>
    <name>SyncPart</name>
    <message>
        <location filename="../../reader/ui/window/sync_part.py" line="41"/>
        <location filename="../../reader/ui/window/sync_part.py" line="53"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/sync_part.py" line="43"/>
        <source>A sync is under way</source>
        <translation>مزامنة جارية</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/sync_part.py" line="61"/>
        <source>Receiving changes: %1 of %2</source>
        <translation>استلام التغييرات: %1 من %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/sync_part.py" line="63"/>
        <source>Adding articles: %1 of %2</source>
        <translation>إضافة المقالات: %1 من %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/sync_part.py" line="64"/>
        <source>Sending changes: %1 of %2</source>
        <translation>إرسال التغييرات: %1 من %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/sync_part.py" line="70"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/sync_part.py" line="71"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/sync_part.py" line="94"/>
        <source>Sync stopped; it goes on from there next time</source>
        <translation>توقفت المزامنة؛ تُستأنف من حيث توقفت في المرة القادمة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window/sync_part.py" line="96"/>
        <source>Synced: %n article(s) and %1 note(s) came</source>
        <translation>
            <numerusform>تمت المزامنة: لم يصل أي مقال، و%1 ملاحظة</numerusform>
            <numerusform>تمت المزامنة: وصل مقال واحد و%1 ملاحظة</numerusform>
            <numerusform>تمت المزامنة: وصل مقالان و%1 ملاحظة</numerusform>
            <numerusform>تمت المزامنة: وصلت %n مقالات و%1 ملاحظة</numerusform>
            <numerusform>تمت المزامنة: وصل %n مقالًا و%1 ملاحظة</numerusform>
            <numerusform>تمت المزامنة: وصل %n مقال و%1 ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/sync_part.py" line="99"/>
        <source>Synced: nothing new</source>
        <translation>تمت المزامنة: لا جديد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window/sync_part.py" line="102"/>
        <source>%n item(s) skipped (see qari sync)</source>
        <translation>
            <numerusform>لم يُتخطَّ شيء</numerusform>
            <numerusform>تُخطي عنصر واحد (انظر qari sync)</numerusform>
            <numerusform>تُخطي عنصران (انظر qari sync)</numerusform>
            <numerusform>تُخطيت %n عناصر (انظر qari sync)</numerusform>
            <numerusform>تُخطي %n عنصرًا (انظر qari sync)</numerusform>
            <numerusform>تُخطي %n عنصر (انظر qari sync)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/sync_part.py" line="107"/>
        <source>Sync failed: %1</source>
        <translation>تعذّرت المزامنة: %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="51"/>
        <source>Word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="52"/>
        <source>Lemma</source>
        <translation>المدخل</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="53"/>
        <source>Root</source>
        <translation>الجذر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="54"/>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="55"/>
        <source>Kept</source>
        <translation>أُضيفت</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="110"/>
        <source>Vocabulary</source>
        <translation>المفردات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="114"/>
        <source>Filter by word, lemma, root or article</source>
        <translation>تصفية بالكلمة أو المدخل أو الجذر أو المقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="118"/>
        <source>Any time</source>
        <translation>في أي وقت</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="118"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="119"/>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="119"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="132"/>
        <source>Export for Anki…</source>
        <translation>تصدير إلى Anki…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="134"/>
        <source>Export as Markdown…</source>
        <translation>تصدير بصيغة Markdown…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="136"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="210"/>
        <source>Export for Anki</source>
        <translation>تصدير إلى Anki</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="211"/>
        <source>CSV for Anki (*.csv)</source>
        <translation>CSV لـ Anki (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="214"/>
        <source>Export as Markdown</source>
        <translation>تصدير بصيغة Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/ui/words/vocabulary_dialog.py" line="215"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../reader/ui/app/recovery.py" line="24"/>
        <source>Cannot open the library</source>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/recovery.py" line="27"/>
        <source>Nothing will be deleted: a library that is replaced is kept beside it.</source>
        <translation>لن يُحذف شيء: المكتبة التي تُستبدل تُحفظ بجانبها.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/recovery.py" line="31"/>
        <source>Restore Latest Backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/recovery.py" line="33"/>
        <source>Start a New Library</source>
        <translation>بدء مكتبة جديدة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app/recovery.py" line="34"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
</TS>
