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
        <location filename="../../reader/ui/actions.py" line="56" />
        <source>Copy &amp;Title</source>
        <translation>نسخ ال&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="62" />
        <source>&amp;Search Library</source>
        <translation>&amp;بحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="68" />
        <source>&amp;Bookmark Article</source>
        <translation>&amp;إشارة مرجعية</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="75" />
        <source>Find in &amp;Article…</source>
        <translation>بحث في ال&amp;مقال…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="81" />
        <source>Show &amp;Bookmarked Only</source>
        <translation>إظهار المُعلَّمة &amp;فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="85" />
        <source>Bookmarked</source>
        <translation>مُعلَّم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="89" />
        <source>Show Articles with &amp;Notes Only</source>
        <translation>إظهار المقالات ذات ال&amp;ملاحظات فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="93" />
        <source>With notes</source>
        <translation>بملاحظات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="97" />
        <source>Show &amp;Unread Only</source>
        <translation>إظهار &amp;غير المقروءة فقط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101" />
        <source>Unread</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="105" />
        <source>&amp;Larger Text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="112" />
        <source>&amp;Smaller Text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="119" />
        <source>&amp;Default Text Size</source>
        <translation>الحجم ال&amp;افتراضي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="124" />
        <source>More Line &amp;Spacing</source>
        <translation>تباعد أسطر أ&amp;كبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="127" />
        <source>Less Line S&amp;pacing</source>
        <translation>تباعد أسطر أ&amp;صغر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="130" />
        <source>&amp;Wider Text Column</source>
        <translation>عمود نص أ&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="133" />
        <source>&amp;Narrower Text Column</source>
        <translation>عمود نص أ&amp;ضيق</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="137" />
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="145" />
        <source>&amp;Sepia</source>
        <translation>&amp;بني فاتح</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="152" />
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="158" />
        <source>&amp;Welcome Article</source>
        <translation>مقال ال&amp;ترحيب</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="160" />
        <source>&amp;About Qari</source>
        <translation>&amp;عن قارئ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="166" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="167" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="168" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="169" />
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="170" />
        <source>&amp;Font</source>
        <translation>ال&amp;خط</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="171" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reader/ui/app.py" line="68" />
        <source>Cannot open the library</source>
        <translation>تعذّر فتح المكتبة</translation>
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
        <location filename="../../reader/ui/library_model.py" line="34" />
        <location filename="../../reader/ui/library_model.py" line="38" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="34" />
        <location filename="../../reader/ui/library_model.py" line="38" />
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="34" />
        <location filename="../../reader/ui/library_model.py" line="38" />
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="34" />
        <location filename="../../reader/ui/library_model.py" line="38" />
        <source>Added</source>
        <translation>أضيف</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="39" />
        <source>Bookmarked</source>
        <translation>مُعلَّم</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_model.py" line="39" />
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="78" />
        <source>Search library</source>
        <translation>بحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="94" />
        <source>No articles match.</source>
        <translation>لا مقالات مطابقة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="236" />
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="269" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="309" />
        <source>All sites</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="428" />
        <source>Article title copied to clipboard</source>
        <translation>تم نسخ عنوان المقال إلى الحافظة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="431" />
        <source>%n article titles copied to clipboard</source>
        <translation><numerusform>لم يُنسخ أي عنوان</numerusform><numerusform>تم نسخ عنوان مقال واحد إلى الحافظة</numerusform><numerusform>تم نسخ عنواني مقالين إلى الحافظة</numerusform><numerusform>تم نسخ %n عناوين مقالات إلى الحافظة</numerusform><numerusform>تم نسخ %n عنوان مقال إلى الحافظة</numerusform><numerusform>تم نسخ %n عنوان مقال إلى الحافظة</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="450" />
        <source>Delete articles</source>
        <translation>حذف المقالات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="451" />
        <source>Delete %n article(s) and their notes? This cannot be undone.</source>
        <translation><numerusform>لا مقالات للحذف.</numerusform><numerusform>حذف مقال واحد وملاحظاته؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>حذف مقالين وملاحظاتهما؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>حذف %n مقالات وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>حذف %n مقالاً وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform><numerusform>حذف %n مقال وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="506" />
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="508" />
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)</source>
        <translation>المقالات (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="515" />
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="528" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="538" />
        <source>Importing %1</source>
        <translation>جارٍ استيراد %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="553" />
        <source>%1 imported, %2 duplicate, %3 updated, %4 failed</source>
        <translation>استُورد %1، مكرر %2، محدَّث %3، فشل %4</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="557" />
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="564" />
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="604" />
        <source>About Qari</source>
        <translation>عن قارئ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="605" />
        <source>Qari %1 — an article reader for Arabic.</source>
        <translation>قارئ %1 — قارئ مقالات للعربية.</translation>
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
        <location filename="../../reader/ui/document.py" line="88" />
        <source>%1 views</source>
        <translation>%1 مشاهدة</translation>
    </message>
    <message>
        <location filename="../../reader/ui/document.py" line="94" />
        <source>%1 min read</source>
        <translation>%1 دقيقة قراءة</translation>
    </message>
</context>
</TS>