// Jenkinsfile: publishes the weekly horror review as a build artifact.
// Author: Hollis Greer
// Date: 2024-10-25
pipeline {
    agent any
    triggers {
        cron('53 11 * * 5')
    }
    environment {
        FILM = 'Evil Dead'
        FILM_YEAR = '2013'
        REVIEWER = 'Hollis Greer'
    }
    stages {
        stage('Write review') {
            steps {
                writeFile file: 'review.txt', text: """\
Evil Dead (2013)

Fede Alvarez directed Evil Dead (2013), a remake of Sam Raimi's The Evil
Dead (1981), and he wrote the screenplay with Rodo Sayagues. Five friends go
to a cabin in the woods to help one of them kick her drug habit, and a book
bound in skin does the rest.

Jane Levy plays Mia, the addict whose withdrawal nobody believes is
something worse. Shiloh Fernandez plays David, her brother, and Lou Taylor
Pucci is Eric, the teacher who reads aloud what he should not. Jessica Lucas
plays Olivia, a nurse, and Elizabeth Blackmore is Natalie, David's
girlfriend.

The Uruguayan director keeps almost none of Raimi's slapstick, which came
back in Evil Dead II, and chooses buckets of blood instead. Raimi and Bruce
Campbell produced it. I have seen it compared with The Cabin in the Woods,
but that film is a joke about horror and this one is not joking at all.
Alvarez later made Don't Breathe with Levy, a smaller and better film.

Hollis Greer, Cellar Door Horror.
""".stripIndent()
                echo 'Review written'
            }
        }
    }
    post {
        success {
            archiveArtifacts artifacts: 'review.txt'
        }
    }
}
