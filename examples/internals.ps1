# The seed's internals ("내부 구조"): one VM worker process per Hyper-V container.
$a = New-Container -Name TST -ContainerImageName NanoServer -SwitchName "Virtual Switch" -RuntimeType HyperV
$b = New-Container -Name TST2 -ContainerImageName NanoServer -SwitchName "Virtual Switch" -RuntimeType HyperV
$c = New-Container -Name TST3 -ContainerImageName NanoServer -SwitchName "Virtual Switch" -RuntimeType HyperV
Get-Container | Start-Container
Get-Container | Select Name, RuntimeType, ContainerID | Where {$_.RuntimeType -eq 'Hyperv'}
Get-Process vmwp -IncludeUserName
Get-ComputeProcess
