# Everyday docker on TP4 (docker 1.10.0-dev; manage_containers.md, the docker quick start;
# docs/fidelity-notes.md Q2–Q7, Q10).
docker ps
docker run -it --name web windowsservercore cmd
hostname
# exit from the container's own cmd stops the container:
exit
docker ps -a
docker start web
docker ps
# exit from a cmd that docker exec started leaves the container running:
docker exec -it web cmd
echo hello from web
exit
docker ps -q
# cmd /c runs one command, and the container exits:
docker run --name hello windowsservercore cmd /c echo Hello from a container
docker logs hello
docker inspect -f '{{.State.Status}}' web
docker inspect --format='{{.Name}} {{.Config.Cmd}}' hello
# PowerShell passes each id docker ps -q prints as its own argument:
docker stop $(docker ps -q)
# Nothing running now: the empty result passes no argument at all, and docker says so.
docker stop $(docker ps -q)
docker ps -a
docker rm $(docker ps -a -q)
docker ps -a
docker version
docker info
