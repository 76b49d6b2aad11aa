# Networking (TP4 quick starts, docs/fidelity-notes.md N1–N12, Q8): every container gets a
# NIC on the switch it was created with, and an address when it starts. A Windows Server
# container's NIC is a vNIC of the host's own network stack; a Hyper-V container's NIC
# lives in its utility VM, which the host's stack does not see.
Get-VMSwitch
$ws = New-Container -Name WEB -ContainerImageName WindowsServerCore -SwitchName NAT
$hv = New-Container -Name HVWEB -ContainerImageName NanoServer -SwitchName NAT -RuntimeType HyperV
# Off: the adapter is there, with no address yet.
Get-ContainerNetworkAdapter -ContainerName WEB
Start-Container $ws
Start-Container $hv
Get-ContainerNetworkAdapter
Invoke-Command -ContainerName WEB -ScriptBlock { ipconfig }
Invoke-Command -ContainerName HVWEB -ScriptBlock { ipconfig }
# The host's own adapters: a vNIC for WEB, none for HVWEB.
Get-NetAdapter
Enter-PSSession -ContainerName HVWEB
Get-NetAdapter
exit
# Stopped, WEB gives its address and its vNIC back.
Stop-Container $ws
Get-NetAdapter
Get-ContainerNetworkAdapter -ContainerName WEB
# docker's containers join the NAT switch too; -p publishes a host port while it runs.
docker run -it -p 80:80 --name iis windowsservercore cmd
ipconfig
exit
docker start iis
docker ps
