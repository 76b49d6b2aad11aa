# The seed's runtime conversion and the start of its isolation demo, exactly as the page
# types them: `$con` is used without being assigned, so PowerShell writes error records.
New-Container -Name DEMO -ContainerImageName nanoserver -SwitchName NAT
Get-Container | Select ContainerName, RuntimeType
Set-Container $con -RuntimeType HyperV
Get-Container | select ContainerName, RuntimeType
New-Container -Name WINCONT -ContainerImageName WindowsServerCore -SwitchName "Virtual Switch"
Start-Container $con
Enter-PSSession -ContainerId $con.ContainerId –RunAsAdministrator
