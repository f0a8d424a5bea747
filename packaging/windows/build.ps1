<#
.SYNOPSIS
    Builds Teamlead for Windows: the one-folder bundle (PyInstaller), its self-test, and the
    installer (Inno Setup 6). Run from any folder:

        powershell -NoProfile -ExecutionPolicy Bypass -File packaging\windows\build.ps1

.DESCRIPTION
    1. makes the virtual environment .venv in the project folder (Python 3.11 or newer),
    2. installs the project and the pinned PyInstaller (packaging\requirements-bundle.txt),
    3. compiles the translations (.qm),
    4. builds dist\teamlead-app\ with packaging\teamlead.spec,
    5. runs dist\teamlead-app\teamlead-cli.exe --self-test (stops when it fails),
    6. runs ISCC with the version from pyproject.toml: dist\Teamlead-<version>-setup.exe.

.PARAMETER Python
    The Python to make the environment with. Default: the launcher "py -3", else "python".

.PARAMETER Iscc
    Full path of ISCC.exe. Default: looked up in the usual Inno Setup 6 folders and on PATH.

.PARAMETER SkipInstaller
    Build and self-test the bundle only (no Inno Setup needed).
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Venv = Join-Path $Root ".venv"
$Py = Join-Path $Venv "Scripts\python.exe"
$Dist = Join-Path $Root "dist\teamlead-app"

function Invoke-Step {
    param([string]$Title, [string]$Exe, [string[]]$Arguments)
    Write-Host "==> $Title" -ForegroundColor Cyan
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$Title failed (exit code $LASTEXITCODE): $Exe $($Arguments -join ' ')"
    }
}

Set-Location $Root

# 1. The virtual environment.
if (-not (Test-Path $Py)) {
    if ($Python) {
        $Base = @($Python)
    } elseif (Get-Command py -ErrorAction SilentlyContinue) {
        $Base = @("py", "-3")
    } else {
        $Base = @("python")
    }
    $BaseArgs = @()
    if ($Base.Count -gt 1) { $BaseArgs = $Base[1..($Base.Count - 1)] }
    Invoke-Step "Check Python 3.11+" $Base[0] ($BaseArgs + @("-c", "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)"))
    Invoke-Step "Make .venv" $Base[0] ($BaseArgs + @("-m", "venv", $Venv))
}

# 2. The project and the bundler.
Invoke-Step "Update pip" $Py @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Step "Install Teamlead" $Py @("-m", "pip", "install", "--quiet", "-e", $Root)
Invoke-Step "Install PyInstaller" $Py @("-m", "pip", "install", "--quiet", "-r", (Join-Path $Root "packaging\requirements-bundle.txt"))

# 3. Translations.
Invoke-Step "Compile translations" $Py @((Join-Path $Root "tools\i18n.py"), "build")

# 4. The bundle.
Invoke-Step "PyInstaller" $Py @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
    "--distpath", (Join-Path $Root "dist"), "--workpath", (Join-Path $Root "build\pyinstaller"),
    (Join-Path $Root "packaging\teamlead.spec"))
$Bytes = (Get-ChildItem $Dist -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Host ("Bundle: {0} ({1:N0} MB)" -f $Dist, ($Bytes / 1MB))

# 5. The self-test of the bundle (console twin of the app, so the summary line shows).
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Step "Self-test" (Join-Path $Dist "teamlead-cli.exe") @("--self-test")
Remove-Item Env:\QT_QPA_PLATFORM

if ($SkipInstaller) { exit 0 }

# 6. The installer, versioned from pyproject.toml.
$Version = (& $Py -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "Cannot read the version from pyproject.toml" }
# VersionInfoVersion takes numbers only: 1.2.0rc1 -> 1.2.0
$Numeric = ([regex]::Match($Version, "^\d+(\.\d+){0,3}")).Value

if (-not $Iscc) {
    $Candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    $Iscc = $Candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $Iscc) {
        $OnPath = Get-Command ISCC.exe -ErrorAction SilentlyContinue
        if ($OnPath) { $Iscc = $OnPath.Source }
    }
    if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6) not found: install it from https://jrsoftware.org/isdl.php or pass -Iscc PATH" }
}
Invoke-Step "Inno Setup $Version" $Iscc @("/Q", "/DAppVersion=$Version", "/DNumericVersion=$Numeric",
    "/DSourceDir=$Dist", (Join-Path $PSScriptRoot "teamlead.iss"))
$Setup = Join-Path $Root "dist\Teamlead-$Version-setup.exe"
Write-Host "Installer: $Setup" -ForegroundColor Green
