// Input line → syntax tree, one row per syntax case (the mvdan/sh filetests model).
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/shell/syntax/index.js';
import { extentProblems } from './ast-walk.js';
import { show } from './sexpr.js';

type Row = readonly [input: string, tree: string];

/** Every command of the seed (hyperv-containers.ko.md), typed exactly as there. */
const seed: Row[] = [
  [
    '$con = New-Container -Name HYPVCON -ContainerImageName NanoServer -SwitchName "Virtual Switch" -RuntimeType HyperV',
    '(= $con (cmd New-Container -Name HYPVCON -ContainerImageName NanoServer -SwitchName "Virtual Switch" -RuntimeType HyperV))',
  ],
  [
    'New-Container -Name DEMO -ContainerImageName nanoserver -SwitchName NAT',
    '(cmd New-Container -Name DEMO -ContainerImageName nanoserver -SwitchName NAT)',
  ],
  [
    'Get-Container | Select ContainerName, RuntimeType',
    '(| (cmd Get-Container) (cmd Select (, ContainerName RuntimeType)))',
  ],
  ['Set-Container $con -RuntimeType HyperV', '(cmd Set-Container $con -RuntimeType HyperV)'],
  [
    'Get-Container | select ContainerName, RuntimeType',
    '(| (cmd Get-Container) (cmd select (, ContainerName RuntimeType)))',
  ],
  [
    'docker run -it --isolation=hyperv 646d6317b02f cmd',
    '(cmd docker run -it --isolation=hyperv 646d6317b02f cmd)',
  ],
  [
    "Get-Container | Select Name, RuntimeType, ContainerID | Where {$_.RuntimeType -eq 'Hyperv'}",
    "(| (cmd Get-Container) (cmd Select (, Name RuntimeType ContainerID)) (cmd Where {(-eq $_.RuntimeType 'Hyperv')}))",
  ],
  ['Get-ComputeProcess', '(cmd Get-ComputeProcess)'],
  [
    "get-process | where {$_.ProcessName -eq 'csrss'}",
    "(| (cmd get-process) (cmd where {(-eq $_.ProcessName 'csrss')}))",
  ],
  [
    'New-Container -Name WINCONT -ContainerImageName WindowsServerCore -SwitchName "Virtual Switch"',
    '(cmd New-Container -Name WINCONT -ContainerImageName WindowsServerCore -SwitchName "Virtual Switch")',
  ],
  ['Start-Container $con', '(cmd Start-Container $con)'],
  [
    'Enter-PSSession -ContainerId $con.ContainerId –RunAsAdministrator',
    '(cmd Enter-PSSession -ContainerId $con.ContainerId –RunAsAdministrator)',
  ],
  ['exit', '(cmd exit)'],
];

const commands: Row[] = [
  ['Get-Process', '(cmd Get-Process)'],
  ['  Get-Process  ', '(cmd Get-Process)'],
  ['', ''],
  ['Get-Process -Name csrss', '(cmd Get-Process -Name csrss)'],
  ['Get-Process -Id 4', '(cmd Get-Process -Id 4)'],
  ['gps -IncludeUserName', '(cmd gps -IncludeUserName)'],
  ['Stop-Container -Name DEMO -Passthru', '(cmd Stop-Container -Name DEMO -Passthru)'],
  [
    'Invoke-Command -ContainerId $id {Get-Process}',
    '(cmd Invoke-Command -ContainerId $id {(cmd Get-Process)})',
  ],
  [
    'icm -ContainerName DEMO -ScriptBlock { Get-Process csrss }',
    '(cmd icm -ContainerName DEMO -ScriptBlock {(cmd Get-Process csrss)})',
  ],
  ['Select-Object -First 5', '(cmd Select-Object -First 5)'],
  ['Select *', '(cmd Select *)'],
  ['Select Contain*', '(cmd Select Contain*)'],
  ['Get-Help Get-Container', '(cmd Get-Help Get-Container)'],
  ['cls', '(cmd cls)'],
  ['Remove-Container $con -Force', '(cmd Remove-Container $con -Force)'],
  ['Get-Container | Measure-Object', '(| (cmd Get-Container) (cmd Measure-Object))'],
  ['Get-Container | ft', '(| (cmd Get-Container) (cmd ft))'],
  // Aliases are just command names.
  ['gps | ? {$_.SI -gt 0}', '(| (cmd gps) (cmd ? {(-gt $_.SI 0)}))'],
  ['gps | % { $_.Id }', '(| (cmd gps) (cmd % {$_.Id}))'],
  ['ps | sort Id | select -Last 1', '(| (cmd ps) (cmd sort Id) (cmd select -Last 1))'],
  ['etsn -ContainerName DEMO', '(cmd etsn -ContainerName DEMO)'],
  ['exsn', '(cmd exsn)'],
  // The simplified Where-Object form is a command with words and a parameter.
  ['Where RuntimeType -eq HyperV', '(cmd Where RuntimeType -eq HyperV)'],
  [
    'Get-Container | Where State -eq Running',
    '(| (cmd Get-Container) (cmd Where State -eq Running))',
  ],
  ['? Name -like T*', '(cmd ? Name -like T*)'],
  // Glued arguments.
  ['Get-Process -Name:csrss', '(cmd Get-Process -Name:csrss)'],
  ['Get-Process -IncludeUserName:$false', '(cmd Get-Process -IncludeUserName:$false)'],
  ['Get-Process -Name: csrss', '(cmd Get-Process -Name:csrss)'],
  ['Select -Property:Name,Id', '(cmd Select -Property:(, Name Id))'],
  ['Get-Process –Name:csrss', '(cmd Get-Process –Name:csrss)'],
  // Arguments of every kind.
  [
    'Write-Output 1 1.5 .5 1e3 256MB 2kb 0x1F 7l',
    '(cmd Write-Output 1 1.5 0.5 1000 268435456 2048 31 7)',
  ],
  ['Write-Output 5abc 10.0.10586.0 -5 5+3', '(cmd Write-Output 5abc 10.0.10586.0 -5 5+3)'],
  ['Write-Output \'a b\' "c d" e', '(cmd Write-Output \'a b\' "c d" e)'],
  ['Write-Output $a, $b', '(cmd Write-Output (, $a $b))'],
  ['Write-Output a,b , c', '(cmd Write-Output (, a b c))'],
  ['Write-Output (1 + 2)', '(cmd Write-Output (paren (+ 1 2)))'],
  ['Write-Output (Get-Container).Name', '(cmd Write-Output (paren (cmd Get-Container)).Name)'],
  ['Write-Output $(Get-Date) @(1)', '(cmd Write-Output ($ (cmd Get-Date)) (@ 1))'],
  ['Write-Output $a.b .c', '(cmd Write-Output $a.b .c)'],
  ['Write-Output $a. b', '(cmd Write-Output $a . b)'],
  ['Write-Output $a[0] $a [0]', '(cmd Write-Output $a[0] $a [0])'],
  ['Write-Output $a+1 $a-b', '(cmd Write-Output (expand $a +1) (expand $a -b))'],
  ['Write-Output abc$x "x$y"', '(cmd Write-Output (expand abc $x) (expand "x" $y))'],
  ["Write-Output a'b c'd", '(cmd Write-Output "ab cd")'],
  ['Write-Output a`,b a` b', '(cmd Write-Output a,b "a b")'],
  ['Write-Output = + * / % ! ] :x', '(cmd Write-Output = + * / % ! ] :x)'],
  ['Write-Output -- -Name --', '(cmd Write-Output -- -Name --)'],
  ['Write-Output a#b #comment', '(cmd Write-Output a#b)'],
  // The call operator.
  ['& docker ps', '(cmd docker ps)'],
  ["& 'Get-Process' -Id 4", '(cmd Get-Process -Id 4)'],
  // A parameter-looking word in command-name position is the name.
  ['-Name:value', '(cmd -Name: value)'],
];

const dashes: Row[] = [
  ['Get-Process -Name x', '(cmd Get-Process -Name x)'],
  ['Get-Process –Name x', '(cmd Get-Process –Name x)'],
  ['Get-Process —Name x', '(cmd Get-Process —Name x)'],
  ['Get-Process ―Name x', '(cmd Get-Process ―Name x)'],
  ['1 -eq 1', '(-eq 1 1)'],
  ['1 –eq 1', '(-eq 1 1)'],
  ['1 —eq 1', '(-eq 1 1)'],
  ['1 ―eq 1', '(-eq 1 1)'],
  ['–not $x', '(-not $x)'],
  ['$a –AND $b', '(-and $a $b)'],
  ['5 – 3', '(- 5 3)'],
  ['–5', '-5'],
  ['gps | where {$_.Id –gt 4}', '(| (cmd gps) (cmd where {(-gt $_.Id 4)}))'],
];

const docker: Row[] = [
  [
    'docker run -it --isolation=hyperv 646d6317b02f cmd',
    '(cmd docker run -it --isolation=hyperv 646d6317b02f cmd)',
  ],
  ['docker run --issolation=hyperv nanoserver', '(cmd docker run --issolation=hyperv nanoserver)'],
  ['docker run –-isolation=hyperv nanoserver', '(cmd docker run –-isolation=hyperv nanoserver)'],
  ['docker run –issolation=hyperv nanoserver', '(cmd docker run –issolation=hyperv nanoserver)'],
  ['docker run -d --name web nanoserver', '(cmd docker run -d --name web nanoserver)'],
  ['docker run --isolation hyperv nanoserver', '(cmd docker run --isolation hyperv nanoserver)'],
  ['docker ps -a', '(cmd docker ps -a)'],
  ['docker inspect web', '(cmd docker inspect web)'],
  ['docker rm -f web', '(cmd docker rm -f web)'],
  ['docker top web', '(cmd docker top web)'],
  ['docker run --name="my web" nanoserver', '(cmd docker run "--name=my web" nanoserver)'],
];

const expressions: Row[] = [
  ['$con', '$con'],
  ['$con.ContainerId', '$con.ContainerId'],
  ['$a.b.c.d', '$a.b.c.d'],
  ['$a[0]', '$a[0]'],
  ['$a[0].Name[1]', '$a[0].Name[1]'],
  ['$a[$i + 1]', '$a[(+ $i 1)]'],
  ["$a.'Two Words'", '$a."Two Words"'],
  ['(Get-Container).Name', '(paren (cmd Get-Container)).Name'],
  ['(Get-Container)[0].ContainerId', '(paren (cmd Get-Container))[0].ContainerId'],
  ['$_', '$_'],
  ['$true, $false, $null', '(, $true $false $null)'],
  ['${name with spaces}', '$"name with spaces"'],
  ['$env:COMPUTERNAME', '$env:COMPUTERNAME'],
  ['$global:con', '$con'],
  ["'It''s'", "'It's'"],
  ['"say ""hi"""', '"say \\"hi\\""'],
  ['"tab`there `$x"', '"tab\\there $x"'],
  ['"no expansion"', '"no expansion"'],
  ['"$con is $($con.State)"', '(expand $con " is " ($ $con.State))'],
  ['"${x}y"', '(expand $x "y")'],
  ['"$con.ContainerId"', '(expand $con ".ContainerId")'],
  ["'$con'", "'$con'"],
  ['"costs $5"', '(expand "costs " $5)'],
  ['"a $ b"', '"a $ b"'],
  ['42', '42'],
  ['-42', '-42'],
  ['1.5', '1.5'],
  ['256MB', '268435456'],
  ['1gb', '1073741824'],
  ['0xFFFFFFFF', '-1'],
  ['1, 2, 3', '(, 1 2 3)'],
  [',1', '(, 1)'],
  ['@(1, 2)', '(@ (, 1 2))'],
  ['@()', '(@ )'],
  ['$(1; 2)', '($ 1; 2)'],
  ['{ Get-Process }', '{(cmd Get-Process)}'],
  ['{}', '{}'],
  ['1 + 2 * 3', '(+ 1 (* 2 3))'],
  ['(1 + 2) * 3', '(* (paren (+ 1 2)) 3)'],
  ['10 - 4 - 3', '(- (- 10 4) 3)'],
  ['8 / 2 % 3', '(% (/ 8 2) 3)'],
  ['$a -eq 1 -or $b -eq 2 -and $c', '(-and (-or (-eq $a 1) (-eq $b 2)) $c)'],
  ['$a -xor $b -and $c', '(-and (-xor $a $b) $c)'],
  ['1 + 1 -eq 2', '(-eq (+ 1 1) 2)'],
  ['1, 2 -contains 2', '(-contains (, 1 2) 2)'],
  ['2 -in 1, 2', '(-in 2 (, 1 2))'],
  ['-not $a -eq $b', '(-eq (-not $a) $b)'],
  ['!$a', '(! $a)'],
  ['! $a -and $b', '(-and (! $a) $b)'],
  ['-not -not $x', '(-not (-not $x))'],
  ['- $x', '(- $x)'],
  ['-$x + 1', '(+ (- $x) 1)'],
  ['$a - -1', '(- $a -1)'],
  ['$a-1', '(- $a 1)'],
  ["'Hyperv' -eq 'HyperV'", "(-eq 'Hyperv' 'HyperV')"],
  ['$x -EQ 1', '(-eq $x 1)'],
  ['$x -ne 1', '(-ne $x 1)'],
  ['$x -ge 1 -and $x -le 9', '(-and (-ge $x 1) (-le $x 9))'],
  ['$x -lt 1 -or $x -gt 9', '(-or (-lt $x 1) (-gt $x 9))'],
  ["$n -like 'T*'", "(-like $n 'T*')"],
  ["$n -notlike 'T*'", "(-notlike $n 'T*')"],
  ["$n -match '^T'", "(-match $n '^T')"],
  ["$n -notmatch '^T'", "(-notmatch $n '^T')"],
  ["$n -ceq 'x'", "(-ceq $n 'x')"],
  ["$n -cne 'x'", "(-cne $n 'x')"],
  ["$n -clike 'x'", "(-clike $n 'x')"],
  ["$n -cmatch 'x'", "(-cmatch $n 'x')"],
  ["$n -ieq 'x'", "(-ieq $n 'x')"],
  ["$n -inotmatch 'x'", "(-inotmatch $n 'x')"],
  ['$l -contains 1', '(-contains $l 1)'],
  ['$l -notcontains 1', '(-notcontains $l 1)'],
  ['1 -notin $l', '(-notin 1 $l)'],
  ['$a -and\n$b', '(-and $a $b)'],
];

const statements: Row[] = [
  ['$con = New-Container -Name DEMO', '(= $con (cmd New-Container -Name DEMO))'],
  ['$x = 1', '(= $x 1)'],
  ['$x=1', '(= $x 1)'],
  ['$x = $y = 2', '(= $x (paren (= $y 2)))'],
  [
    '$c = Get-Container | Where Name -eq DEMO',
    '(= $c (| (cmd Get-Container) (cmd Where Name -eq DEMO)))',
  ],
  ['${my con} = 1', '(= $"my con" 1)'],
  ['Get-Process; Get-Container', '(cmd Get-Process) ; (cmd Get-Container)'],
  ['a;b;;c;', '(cmd a) ; (cmd b) ; (cmd c)'],
  ['a\nb\r\nc', '(cmd a) ; (cmd b) ; (cmd c)'],
  ['Get-Process # the processes', '(cmd Get-Process)'],
  ['# only a comment', ''],
  ['Get-Process <# inline #> -Id 4', '(cmd Get-Process -Id 4)'],
  ['Get-Process `\n  -Id 4', '(cmd Get-Process -Id 4)'],
  ['$con | Start-Container', '(| $con (cmd Start-Container))'],
  ['$con.ContainerId', '$con.ContainerId'],
  ["'a' | Write-Output", "(| 'a' (cmd Write-Output))"],
  ['a |\n b', '(| (cmd a) (cmd b))'],
  ['{ { { Get-Process } } }', '{{{(cmd Get-Process)}}}'],
  [
    'gps | where { $_.SI -gt 0 -and ($_.Name -eq "csrss" -or $_.Name -like "w*") }',
    '(| (cmd gps) (cmd where {(-and (-gt $_.SI 0) (paren (-or (-eq $_.Name "csrss") (-like $_.Name "w*"))))}))',
  ],
  [
    'icm -ContainerId $id { gps | where { $_.Id -eq 4 } }',
    '(cmd icm -ContainerId $id {(| (cmd gps) (cmd where {(-eq $_.Id 4)}))})',
  ],
  ['{ a; b }', '{(cmd a); (cmd b)}'],
  ['($x = 5)', '(paren (= $x 5))'],
];

const tables: Record<string, Row[]> = { seed, commands, dashes, docker, expressions, statements };

describe('parse', () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      it.each(rows)('%j', (input, tree) => {
        const result = parse(input);
        expect(show(result)).toBe(tree);
        if (result.ok) expect(extentProblems(input, result.script)).toEqual([]);
      });
    });
  }
});
