# Build Logbook for Windows from this checkout: the frozen folder, its smoke test, the
# Inno Setup installer, and SHA256SUMS. Run in PowerShell on Windows 10/11 (x64) with
# Python 3.11 and Inno Setup 6 (iscc) installed; the GitHub workflow
# .github/workflows/installers.yml does exactly this on a hosted runner.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#
# It cannot run on this project's own (Linux) machines. Signing: packaging/README.md.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$Build = "packaging\build"; $Dist = "packaging\dist"
if (-not $env:SOURCE_DATE_EPOCH) { $env:SOURCE_DATE_EPOCH = (git log -1 --format=%ct) }
$env:PYTHONHASHSEED = "0"; $env:PIP_DISABLE_PIP_VERSION_CHECK = "1"
$Version = (Select-String -Path logbook\__init__.py -Pattern '__version__ = "(.*)"').Matches[0].Groups[1].Value
Remove-Item -Recurse -Force $Build, $Dist -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $Build, $Dist | Out-Null

function Check($what) { if ($LASTEXITCODE -ne 0) { throw "$what failed ($LASTEXITCODE)" } }

python -m venv "$Build\venv"; Check "venv"  # Python 3.11 first on PATH (the workflow sets it up)
$Py = "$Build\venv\Scripts\python.exe"
& $Py -m pip install -q --require-hashes --no-deps -r packaging\requirements-build.txt; Check "pinned requirements"
# Logbook from a copy of the checkout's files, as build-linux.sh does.
New-Item -ItemType Directory -Force "$Build\src" | Out-Null
git ls-files --cached --others --exclude-standard | ForEach-Object {
    if (Test-Path $_) {
        $target = Join-Path "$Build\src" $_
        New-Item -ItemType Directory -Force (Split-Path $target) | Out-Null
        Copy-Item $_ $target
    }
}
& $Py -m pip install -q --no-deps --no-build-isolation --no-cache-dir "$Build\src"; Check "Logbook"

# The installer's and programs' icon, from the app's PNG (Pillow is in the build's pins).
# (Forward slashes: in a Python string "packaging\build" would hold a backspace, \b.)
& $Py -c "from PIL import Image; Image.open('logbook/ui/icons/logbook-256.png').save('packaging/build/logbook.ico', sizes=[(16,16),(24,24),(32,32),(48,48),(64,64),(128,128),(256,256)])"; Check "icon"

& $Py -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$Build\frozen" --workpath "$Build\work" packaging\logbook.spec; Check "PyInstaller"
& $Py packaging\smoke_test.py "$Build\frozen\logbook\logbook.exe" --demo docs\demo-case-ru.json; Check "smoke test"
# The Start menu's program has no console to print to: its self-test answers by exit code.
$env:QT_QPA_PLATFORM = "offscreen"; $env:LOGBOOK_SELF_TEST = "1"
$app = Start-Process -FilePath "$Build\frozen\logbook\logbookw.exe" -Wait -PassThru
Remove-Item Env:QT_QPA_PLATFORM, Env:LOGBOOK_SELF_TEST
if ($app.ExitCode -ne 0) { throw "logbookw.exe failed its self-test ($($app.ExitCode))" }

$Iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $Iscc /Q "/DVersion=$Version" "/DFrozen=..\build\frozen\logbook" "/DIcon=..\build\logbook.ico" packaging\windows\logbook.iss; Check "Inno Setup"

# SHA256SUMS in the format sha256sum -c reads (lower-case hex, two spaces, LF endings).
Push-Location $Dist
$lines = Get-ChildItem -File -Filter *.exe | ForEach-Object {
    "{0}  {1}" -f (Get-FileHash -Algorithm SHA256 $_.Name).Hash.ToLower(), $_.Name
}
[IO.File]::WriteAllText((Join-Path $PWD "SHA256SUMS"), (($lines -join "`n") + "`n"))
Get-Content SHA256SUMS
Pop-Location
