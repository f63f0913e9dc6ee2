<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="30" />
        <source>Import &amp;Files…</source>
        <translation>استيراد &amp;ملفات…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="37" />
        <source>Import F&amp;older…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="43" />
        <source>&amp;Delete Article</source>
        <translation>&amp;حذف المقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="49" />
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="53" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="55" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="59" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="65" />
        <source>&amp;Highlight Selection</source>
        <translation>&amp;تظليل التحديد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="71" />
        <source>Highlight in &amp;Green</source>
        <translation>تظليل بالأ&amp;خضر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="77" />
        <source>Highlight in B&amp;lue</source>
        <translation>تظليل بالأ&amp;زرق</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="83" />
        <source>Highlight in &amp;Pink</source>
        <translation>تظليل بال&amp;وردي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="89" />
        <source>Add &amp;Note to Selection</source>
        <translation>إضافة &amp;ملاحظة على التحديد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="95" />
        <source>Add &amp;Article Note</source>
        <translation>إضافة ملاحظة على ال&amp;مقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101" />
        <source>Add Bookmark &amp;Here</source>
        <translation>إضافة &amp;علامة هنا</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="107" />
        <source>All &amp;Notes…</source>
        <translation>كل المل&amp;احظات…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="113" />
        <source>&amp;Export Notes…</source>
        <translation>&amp;تصدير الملاحظات…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="119" />
        <source>Copy &amp;Title</source>
        <translation>نسخ ال&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="125" />
        <source>&amp;Search Library</source>
        <translation>&amp;بحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="131" />
        <source>&amp;Bookmark Article</source>
        <translation>&amp;إشارة مرجعية</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138" />
        <source>Find in &amp;Article…</source>
        <translation>بحث في ال&amp;مقال…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="144" />
        <source>Show &amp;Bookmarked Only</source>
        <translation>إظهار المُعلَّمة &amp;فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="148" />
        <source>Bookmarked</source>
        <translation>مُعلَّم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="152" />
        <source>Show Articles with &amp;Notes Only</source>
        <translation>إظهار المقالات ذات ال&amp;ملاحظات فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="156" />
        <source>With notes</source>
        <translation>بملاحظات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="160" />
        <source>Show &amp;Unread Only</source>
        <translation>إظهار &amp;غير المقروءة فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="164" />
        <source>Unread</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="168" />
        <source>&amp;Larger Text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="175" />
        <source>&amp;Smaller Text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="182" />
        <source>&amp;Default Text Size</source>
        <translation>الحجم ال&amp;افتراضي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="187" />
        <source>More Line &amp;Spacing</source>
        <translation>تباعد أسطر أ&amp;كبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="190" />
        <source>Less Line S&amp;pacing</source>
        <translation>تباعد أسطر أ&amp;صغر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="193" />
        <source>&amp;Wider Text Column</source>
        <translation>عمود نص أ&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="196" />
        <source>&amp;Narrower Text Column</source>
        <translation>عمود نص أ&amp;ضيق</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="200" />
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="208" />
        <source>&amp;Sepia</source>
        <translation>&amp;بني فاتح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="215" />
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="221" />
        <source>&amp;Welcome Article</source>
        <translation>مقال ال&amp;ترحيب</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="223" />
        <source>&amp;About Qari</source>
        <translation>&amp;عن قارئ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="229" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="230" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="231" />
        <source>&amp;Notes</source>
        <translation>المل&amp;احظات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="232" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="233" />
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="234" />
        <source>&amp;Font</source>
        <translation>ال&amp;خط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="235" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>AllNotesDialog</name>
    <message>
        <location filename="../../reader/ui/all_notes.py" line="62" />
        <source>All Notes</source>
        <translation>كل الملاحظات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/all_notes.py" line="65" />
        <source>Search notes</source>
        <translation>بحث في الملاحظات</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <location filename="../../reader/ui/notes_panel.py" line="107" />
        <source>Article note</source>
        <translation>ملاحظة على المقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_panel.py" line="114" />
        <source>Passage not found in the current text</source>
        <translation>لم يُعثر على المقطع في النص الحالي</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../reader/ui/notes_panel.py" line="277" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="19" />
        <source>Find in article</source>
        <translation>بحث في المقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="23" />
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="25" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="28" />
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="92" />
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="95" />
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reader/ui/library_model.py" line="132" />
        <location filename="../../reader/ui/library_model.py" line="138" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="132" />
        <location filename="../../reader/ui/library_model.py" line="138" />
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="132" />
        <location filename="../../reader/ui/library_model.py" line="138" />
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="132" />
        <location filename="../../reader/ui/library_model.py" line="138" />
        <source>Added</source>
        <translation>أضيف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="133" />
        <location filename="../../reader/ui/library_model.py" line="139" />
        <source>Read</source>
        <translation>مقروء</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="139" />
        <source>Bookmarked</source>
        <translation>مُعلَّم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="139" />
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="96" />
        <source>Search library</source>
        <translation>بحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="112" />
        <source>No articles match.</source>
        <translation>لا مقالات مطابقة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="285" />
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="316" />
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="319" />
        <source>Bookmarks</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="349" />
        <source>Edit note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="352" />
        <source>Change colour</source>
        <translation>تغيير اللون</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="357" />
        <source>Rename bookmark</source>
        <translation>إعادة تسمية العلامة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="391" />
        <source>Select a passage first</source>
        <translation>حدّد مقطعاً أولاً</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="396" />
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="408" />
        <source>Add article note</source>
        <translation>إضافة ملاحظة على المقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="423" />
        <source>Add bookmark</source>
        <translation>إضافة علامة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="430" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="472" />
        <source>Export notes</source>
        <translation>تصدير الملاحظات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="473" />
        <source>Markdown (*.md);;Web Annotation JSON-LD (*.json)</source>
        <translation>Markdown (*.md);;تعليقات الويب JSON-LD (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="490" />
        <source>Notes exported to %1</source>
        <translation>صُدّرت الملاحظات إلى %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="497" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="549" />
        <source>All sites</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="671" />
        <source>Article title copied to clipboard</source>
        <translation>تم نسخ عنوان المقال إلى الحافظة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="674" />
        <source>%n article titles copied to clipboard</source>
        <translation><numerusform>لم يُنسخ أي عنوان</numerusform><numerusform>تم نسخ عنوان مقال واحد إلى الحافظة</numerusform><numerusform>تم نسخ عنواني مقالين إلى الحافظة</numerusform><numerusform>تم نسخ %n عناوين مقالات إلى الحافظة</numerusform><numerusform>تم نسخ %n عنوان مقال إلى الحافظة</numerusform><numerusform>تم نسخ %n عنوان مقال إلى الحافظة</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="694" />
        <source>Delete articles</source>
        <translation>حذف المقالات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="695" />
        <source>Delete %n article(s) and their notes? This cannot be undone.</source>
        <translation><numerusform>لا مقالات للحذف.</numerusform><numerusform>حذف مقال واحد وملاحظاته؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>حذف مقالين وملاحظاتهما؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>حذف %n مقالات وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>حذف %n مقالاً وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>حذف %n مقال وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="750" />
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="752" />
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)</source>
        <translation>المقالات (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="759" />
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="772" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="782" />
        <source>Importing %1</source>
        <translation>جارٍ استيراد %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="797" />
        <source>%1 imported, %2 duplicate, %3 updated, %4 failed</source>
        <translation>استُورد %1، مكرر %2، محدَّث %3، فشل %4</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="801" />
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="808" />
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="848" />
        <source>About Qari</source>
        <translation>عن قارئ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="849" />
        <source>Qari %1 — an article reader for Arabic.</source>
        <translation>قارئ %1 — قارئ مقالات للعربية.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../reader/ui/notes_panel.py" line="138" />
        <source>Write a note…</source>
        <translation>اكتب ملاحظة…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_panel.py" line="142" />
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_panel.py" line="142" />
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_panel.py" line="142" />
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_panel.py" line="143" />
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_panel.py" line="146" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_panel.py" line="147" />
        <source>Add Article Note</source>
        <translation>إضافة ملاحظة على المقال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_panel.py" line="231" />
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_panel.py" line="245" />
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/preferences.py" line="24" />
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="27" />
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="31" />
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="36" />
        <source>Reading font</source>
        <translation>خط القراءة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="40" />
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="46" />
        <source>Line spacing</source>
        <translation>تباعد الأسطر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="51" />
        <source>Maximum text width</source>
        <translation>أقصى عرض للنص</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="53" />
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="53" />
        <source>Sepia</source>
        <translation>بني فاتح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="53" />
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="57" />
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../reader/ui/document.py" line="126" />
        <source>%1 views</source>
        <translation>%1 مشاهدة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/document.py" line="132" />
        <source>%1 min read</source>
        <translation>%1 دقيقة قراءة</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../reader/ui/recovery.py" line="19" />
        <source>Cannot open the library</source>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/recovery.py" line="22" />
        <source>Nothing will be deleted: a library that is replaced is kept beside it.</source>
        <translation>لن يُحذف شيء: المكتبة التي تُستبدل تُحفظ بجانبها.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/recovery.py" line="26" />
        <source>Restore Latest Backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../reader/ui/recovery.py" line="28" />
        <source>Start a New Library</source>
        <translation>بدء مكتبة جديدة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/recovery.py" line="29" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
</TS>