# Discovery on the TP4 host, past the seed page: which PowerShell this is, what the
# Containers module offers, what its objects carry, and the idioms students type to shape
# them (docs/fidelity-notes.md Q1, Q11, P1, G1, H1–H3).
$PSVersionTable
$host.Version
Get-Command -Module Containers
Get-Help New-Container
New-Container -Name TP4Demo -ContainerImageName WindowsServerCore -SwitchName "Virtual Switch"
Get-Container | Get-Member
Get-Container | Select-Object Name, @{n='Kind';e={$_.RuntimeType}}
Get-Container | Format-Table Name, @{Label='Image';Expression={$_.ParentImageName}}
$info = @{Name='TP4Demo'; Image='WindowsServerCore'}
$info
$info.Count
