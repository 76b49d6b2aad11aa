# The seed's docker section ("Hyper-V 컨테이너 Docker").
docker run -it --isolation=hyperv 646d6317b02f cmd
tasklist
exit
docker ps -a
# The page's prose spells the flag `–issolation`; docker does not know it:
docker run --issolation=hyperv nanoserver cmd
docker run --isolation=foo nanoserver cmd
docker run -d --name web --isolation=hyperv nanoserver ping -t localhost
docker inspect web
Get-ComputeProcess
docker top web
