# Images (TP4 PowerShell quick start and manage_images.md; docs/fidelity-notes.md I1–I10):
# capture a stopped container as an image, make a container from it, remove it.
Get-ContainerImage
$c = New-Container -Name TP4Demo -ContainerImageName WindowsServerCore -SwitchName NAT
Start-Container $c
# Windows captures only a stopped container:
New-ContainerImage -ContainerName TP4Demo -Name WindowsServerCoreIIS -Publisher Demo -Version 1.0
Stop-Container $c
New-ContainerImage -ContainerName TP4Demo -Name WindowsServerCoreIIS -Publisher Demo -Version 1.0
Get-ContainerImage
$iis = New-Container -Name IIS -ContainerImageName WindowsServerCoreIIS -SwitchName NAT
Get-Container
# An image a container depends on, even a stopped one, is kept:
Remove-ContainerImage -Name WindowsServerCoreIIS -Force
Remove-Container $iis -Force
Get-ContainerImage -Name WindowsServerCoreIIS | Remove-ContainerImage -Force
Get-ContainerImage
# The same with docker: commit, images, tag, history, rmi.
docker images
docker run -it --name base windowsservercore cmd
exit
docker commit base windowsservercoreiis
docker images
docker tag windowsservercoreiis iis:v1
docker history iis:v1
docker rmi iis:v1
docker run -it --name site windowsservercoreiis cmd
exit
# Refused while a container, even a stopped one, uses it:
docker rmi windowsservercoreiis
docker rm site
docker rmi windowsservercoreiis
docker images
