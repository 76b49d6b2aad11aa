# The seed's isolation demo ("격리 데모"), typed as in the seed.
# Where the seed creates WINCONT without `$con =` and then uses $con, this script assigns
# it, as upstream fixed the page (commit 661cb4fc); examples/seed-as-written.ps1 shows
# what the page's exact lines do instead.

# Windows Server container: the host has 3 csrss.
get-process | where {$_.ProcessName -eq 'csrss'}
$con = New-Container -Name WINCONT -ContainerImageName WindowsServerCore -SwitchName "Virtual Switch"
Start-Container $con
Enter-PSSession -ContainerId $con.ContainerId –RunAsAdministrator
# Inside: one csrss, in session 3.
get-process | where {$_.ProcessName -eq 'csrss'}
exit
# The host now has 4 csrss: the container's, with the same PID.
get-process | where {$_.ProcessName -eq 'csrss'}
Stop-Container $con

# Hyper-V container: the host is back to 3 csrss.
get-process | where {$_.ProcessName -eq 'csrss'}
$con = New-Container -Name HYPVCON -ContainerImageName NanoServer -SwitchName "Virtual Switch" -RuntimeType HyperV
Start-Container $con
Enter-PSSession -ContainerId $con.ContainerId –RunAsAdministrator
# Inside the utility VM: one csrss, in session 1, with its own PID.
get-process | where {$_.ProcessName -eq 'csrss'}
exit
# The host's csrss are unchanged; it sees only a vmwp, running as the container's ID.
get-process | where {$_.ProcessName -eq 'csrss'}
Get-Process vmwp -IncludeUserName
