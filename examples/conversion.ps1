# The seed's runtime conversion ("컨테이너 변환"). The seed omits `$con =`; upstream
# fixed it (3e783a96) and so does this script.
$con = New-Container -Name DEMO -ContainerImageName nanoserver -SwitchName NAT
Get-Container | Select ContainerName, RuntimeType
Set-Container $con -RuntimeType HyperV
Get-Container | select ContainerName, RuntimeType
# Only Nano Server converts:
$core = New-Container -Name CORE -ContainerImageName WindowsServerCore -SwitchName NAT
Set-Container $core -RuntimeType HyperV
