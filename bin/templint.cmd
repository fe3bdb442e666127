@echo off
rem templint launcher for Windows, in an unpacked distribution (bin\ and lib\ side by side).
rem Environment: JAVA_HOME (which java), TEMPLINT_JAVA_OPTS (extra JVM flags).
setlocal
set "TEMPLINT_LIB=%~dp0..\lib"
set "TEMPLINT_JAR="
for %%f in ("%TEMPLINT_LIB%\templint-*-cli.jar") do set "TEMPLINT_JAR=%%~ff"
if not defined TEMPLINT_JAR (
  echo templint: no templint-*-cli.jar in %TEMPLINT_LIB%: the distribution is incomplete 1>&2
  exit /b 2
)
if defined JAVA_HOME (set "TEMPLINT_JAVA=%JAVA_HOME%\bin\java") else (set "TEMPLINT_JAVA=java")
"%TEMPLINT_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss16m -Xshare:auto %TEMPLINT_JAVA_OPTS% -jar "%TEMPLINT_JAR%" %*
exit /b %ERRORLEVEL%
