<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="23"/>
        <source>KeHoach Desktop</source>
        <translation>KếHoạch Desktop</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="30"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="41"/>
        <source>Cannot open the database: %1</source>
        <translation>Không mở được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="44"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="47"/>
        <source>No commune has been set up yet.</source>
        <translation>Chưa thiết lập xã.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="50"/>
        <source>Commune: %1 (code %2)</source>
        <translation>Xã: %1 (mã %2)</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="55"/>
        <source>No plan has been imported yet.</source>
        <translation>Chưa nhập kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../kehoach_desktop/gui/app.py" line="58"/>
        <source>Plan %1-%2: %3 indicators</source>
        <translation>Kế hoạch %1-%2: %3 chỉ tiêu</translation>
    </message>
</context>
</TS>
