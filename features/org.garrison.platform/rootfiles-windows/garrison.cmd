@echo off
rem Starts Garrison (武装工作平台) from this folder on Windows.
rem
rem   garrison.cmd [-nl en]                        opens the workbench
rem   garrison.cmd report|sample|roster|server|admin|install|update|uninstall ...   as on Linux (garrison.cmd --help)
rem
rem GARRISON_HOME     where the workspace and data live (default: %USERPROFILE%\.garrison)
rem JAVA_HOME         the JDK to use (21 or newer); otherwise java on PATH
rem GARRISON_VMARGS   extra JVM options, for example -Xmx4g
rem GARRISON_TRUSTSTORE  the department server's trust store (default: garrison-truststore.p12 in this folder)
rem garrison.ini in this folder presets preferences for every user of this installation (see the README).
setlocal EnableExtensions EnableDelayedExpansion
chcp 65001 >nul

set "here=%~dp0"
if "%here:~-1%"=="\" set "here=%here:~0,-1%"
if not defined GARRISON_HOME set "GARRISON_HOME=%USERPROFILE%\.garrison"
set "home=%GARRISON_HOME%"

if "%~1"=="--help" goto usage
if "%~1"=="--version" goto version

rem Java 21 or newer: JAVA_HOME first, then java on PATH.
set "java="
set "tried="
if defined JAVA_HOME call :try_java "%JAVA_HOME%\bin\java.exe"
if not defined java for /f "delims=" %%j in ('where java 2^>nul') do if not defined java call :try_java "%%j"
if not defined java (
    echo 武装工作平台需要 Java 21 或更新的版本，没有找到。请安装 JDK 21 以上（例如 Temurin 25），并把 JAVA_HOME 设为它。 1>&2
    echo Garrison needs Java 21 or newer and found none. Tried:!tried! 1>&2
    echo Install a JDK 21+ ^(for example Temurin 25^) and set JAVA_HOME to it. 1>&2
    exit /b 1
)

set "launcher="
for %%f in ("%here%\plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"
if not defined launcher (
    echo 武装工作平台不完整：%here%\plugins 中没有 org.eclipse.equinox.launcher。请重新解压产品压缩包。 1>&2
    echo Garrison is incomplete: there is no org.eclipse.equinox.launcher jar in %here%\plugins. Unpack the archive again. 1>&2
    exit /b 1
)

set "application="
if "%~1"=="report" set "application=org.garrison.report.headless"
if "%~1"=="sample" set "application=org.garrison.sample.headless"
if "%~1"=="roster" set "application=org.garrison.mobilization.roster"
if "%~1"=="server" set "application=org.garrison.admin.server"
if "%~1"=="admin" set "application=org.garrison.admin.headless"
if "%~1"=="install" set "application=org.garrison.update.headless"
if "%~1"=="update" set "application=org.garrison.update.headless"
if "%~1"=="uninstall" set "application=org.garrison.update.headless"

set "presets="
if exist "%here%\garrison.ini" set presets=-pluginCustomization "%here%\garrison.ini"
set "truststore=%GARRISON_TRUSTSTORE%"
if not defined truststore if exist "%here%\garrison-truststore.p12" set "truststore=%here%\garrison-truststore.p12"
set "trust="
if defined truststore set trust=-Djavax.net.ssl.trustStore="%truststore%" -Djavax.net.ssl.trustStoreType=PKCS12 -Djavax.net.ssl.trustStorePassword=garrison
set "language="
if exist "%home%\language" set /p language=<"%home%\language"
set "nl="
if defined language set "nl=-nl %language%"
set "headless="
if defined application set "headless=-application %application% -nosplash"
if not exist "%home%" mkdir "%home%"

rem The workbench asks to be started again after 检查更新 or 安装新功能 by ending with exit code 23.
:run
"%java%" -Dgarrison.home="%home%" -Dosgi.requiredJavaVersion=21 -Dderby.system.home="%home%" ^
    -Dderby.stream.error.file="%home%\derby.log" %trust% ^
    -Dosgi.sharedConfiguration.area="%here%\configuration" -Dosgi.configuration.cascaded=true ^
    %GARRISON_VMARGS% -jar "%launcher%" -configuration "%home%\configuration" -data "%home%\workspace" ^
    %headless% %presets% %nl% %*
set "status=%ERRORLEVEL%"
if "%status%"=="23" if not defined application goto run
exit /b %status%

:try_java
rem The java of %1 when it is Java 21 or newer; otherwise adds what it found to "tried".
if not exist "%~1" (
    set "tried=!tried! %~1: not found;"
    goto :eof
)
set "release="
for /f "tokens=2 delims==" %%v in ('call "%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr java.specification.version') do set "release=%%v"
if not defined release (
    set "tried=!tried! %~1: Java of unknown version;"
    goto :eof
)
set "release=!release: =!"
for /f "tokens=1 delims=." %%r in ("!release!") do set "release=%%r"
if !release! GEQ 21 (
    set "java=%~1"
    goto :eof
)
set "tried=!tried! %~1: Java !release!, older than 21;"
goto :eof

:usage
echo 用法：garrison.cmd [命令] [选项]
echo   （无命令）        打开武装工作平台
echo   report            写出年度述职报告
echo   sample            向空数据库写入示例区
echo   roster            导入、写出民兵名册
echo   server            运行部门的共享数据库服务器
echo   admin             管理部门数据库
echo   install, update, uninstall   从更新站点安装、更新、卸载功能
exit /b 0

:version
set "ui="
for %%f in ("%here%\plugins\org.garrison.ui_*.jar") do set "ui=%%~nf"
echo 武装工作平台 Garrison !ui:org.garrison.ui_=!
exit /b 0
