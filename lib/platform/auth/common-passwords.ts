// The most common passwords from well-known public top lists, plus Indonesian and site-specific words
// (checked lower-cased). Whitespace-separated so the list stays easy to extend.
export const COMMON_PASSWORDS = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123 football monkey
letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 superman 1qaz2wsx 7777777
121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter buster soccer harley batman
andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel starwars klaster 112233 george
computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa
ginger princess joshua cheese amanda summer love ashley nicole chelsea biteme matthew access yankees 987654321
dallas austin thunder taylor matrix mobilemail mom monitor monitoring montana moon moscow william corvette hello
martin heather secret merlin diamond 1234qwer gfhjkm hammer silver 222222 88888888 anthony justin test bailey
q1w2e3r4t5 patrick internet scooter orange 11111 golfer cookie richard samantha bigdog guitar jackson whatever
mickey chicken sparky snoopy maverick phoenix camaro peanut morgan welcome falcon cowboy ferrari samsung andrea
smokey steelers joseph mercedes dakota arsenal eagles melissa boomer booboo spider nascar monster tigers yellow
xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq purple hardcore banana junior hannah 123654
porsche lakers iceman money cowboys 987654 london tennis 999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4
brandon yamaha chester mother forever johnny edward 333333 oliver redsox player nikita knight fender barney
midnight please brandy chicago badboy slayer rangers charles angel flower rabbit wizard bigdick jasper enter
rachel chris steven winner adidas victoria natasha 1q2w3e4r jasmine winter prince panties marine ghbdtn fishing
cocacola casper james 232323 raiders 888888 marlboro gandalf asdfasdf crystal 87654321 12344321 golden 8675309
blowme panther lauren angela thx1138 angels madison winston shannon mike toyota blowjob jordan23 canada sophie
apples dick tiger razz 123abc pokemon qazxsw 55555 qwaszx muffin johnson murphy cooper jonathan liverpoo david
danielle 159357 jackie 1990 123456a 789456 turtle horny abcd1234 scorpion qazwsxedc 101010 butter carlos password1
dennis slipknot qwerty123 booger asdf 1991 black startrek 12341234 cameron newyork rainbow nathan john 1992 rocket
viking redskins asdfghjkl 1212 sierra peaches gemini doctor wilson sandra helpme qwertyui victor florida dolphin
pookie captain tucker blue liverpool theman bandit dolphins maddog packers jaguar lovers nicholas united tiffany
maxwell zzzzzz nirvana jeremy suckit stupid porn monica elephant giants jackass hotdog rosebud success debbie
mountain 444444 xxxxxxxx warrior 1q2w3e4r5t q1w2e3 123456q albert metallic lucky azerty 7777 shithead alex bond007
alexis 1111111 samson 5150 willie scorpio bonnie gators benjamin voodoo driver dexter 2112 jason calvin freddy
212121 creative 12345a sydney rush2112 1989 asdfghjk red123 bubba 4815162342 passw0rd trouble gunner happy
florida1 gordon legend jessie stella qwert eminem arthur apple nissan bullshit bear america1 cheyenne eagle1
sexy trustme 1qaz2wsx3edc q1w2e3r4t5y6 superman1 iloveyou1 princess1 sunshine1 babygirl lovely rockyou 654321a
nicole1 daniel1 babygirl1 monkey1 lovely1 jessica1 michael1 ashley1 qwerty1 iloveu 000000a michelle1 123456789a
tinkerbell chocolate anthony1 friends butterfly purple1 angel1 jordan1 liverpool1 justin1 loveme fuckyou 123abc1
fuckyou1 elizabeth hottie sweety vanessa brittany alejandro patricia hunter2 flowers sebastian forever1 soccer1
princesa bubbles estrella carolina barbie friend1 hello123 football1 baseball1 basketball blink182 letmein1
welcome1 welcome123 admin admin123 administrator root toor changeme default guest user test123 test1234 testing
password123 password12 password1234 passw0rd1 p@ssw0rd p@ssword pa55word pa55w0rd passwort motdepasse contrasena
senha qwerty12 qwerty1234 qwertyu qwertyuiop123 1q2w3e 1q2w3e4r5t6y zaq12wsx zaq1zaq1 zaq1xsw2 1qazxsw2 qazwsx123
asd123 asdf1234 asdasd asdqwe123 zxc123 zxcvbnm123 abc12345 abcdef abcdefg abcdefgh abcd123 aa123456 a123456
a12345678 a1b2c3 a1b2c3d4 1a2b3c4d 123456789q 1234567a 12345qwert qwe123 qweasd qweasdzxc qwe123qwe 123qweasd
iloveyou2 iloveyou12 loveyou love123 lovelove mylove sweetheart sayang sayangku sayangkamu cintaku aku cinta
rahasia rahasia123 indonesia indonesia1 merdeka jakarta bandung surabaya medan semarang makassar banjarmasin
bismillah bismillah123 alhamdulillah allahuakbar subhanallah insyaallah masyaallah muhammad muhammad1 ramadhan
kalimantan kotabaru batulicin imigrasi paspor desa desabinaan garuda pancasila persib persija arema bobotoh
jakmania doraemon spongebob naruto sasuke onepiece dragonball pikachu pokemon1 sakura hinata kamehameha
bolehmasuk masuk123 sandi sandi123 katasandi kata sandi123456 admin1234 admin12345 adminadmin administrator1
superuser sysadmin webmaster manager operator support service system server database oracle mysql postgres
postgresql qwertyqwerty 11223344 12121212 123412341234 1234512345 123456123456 12345678910 1234567891 0987654321
09876543 098765 11112222 112233445566 121314 131415 147258 147258369 147852 147852369 159951 159753456 192837465
198712 19871987 19881988 19891989 19901990 19911991 1992 19921992 1993 19931993 1994 19941994 1995 19951995 1996
19961996 1997 19971997 1998 19981998 1999 19991999 2000 20002000 2001 2002 2003 2004 2005 2006 2007 2008 2009
2010 2011 2012 2013 2014 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025 2026 20202020 20212021 20222022
20232023 20242024 20252025 20262026 01012000 01011990 01011980 12345678901 123456780 1234567809 111222 111222333
112211 121212121 123123123123 123321123 123456654321 123654789 123789 124578 135790 142536 159632 246810 258258
258456 314159 3141592653 321321 321654 369369 420420 456123 456456 456789 5555555 55555555 6666666 66666666
666999 696969696 7654321 76543210 789123 789456123 789789 852456 963852741 987456 987654 9876543210 99999999
999999999 aaaaaaaa aaaaaaa abcabc abc123abc 1234abcd abcd abcde abcdef1 abcdefg1 abcdefghi abcdefghij zxcvbnm1
asdfghjkl1 qwertyuiop1 1qaz 1qaz1qaz 2wsx3edc 3edc4rfv 4rfv5tgb 1q2w3e4r5t6y7u 1qaz@wsx 1qaz!qaz !qaz2wsx q1w2e3r4t5y6u7
qwe!@# !@#$%^ !@#$%^&* !@#$%^&*() 1q2w3e! password! password1! password123! passw0rd! welcome1! admin! admin@123
admin#123 p@ssw0rd1 p@ssw0rd123 p@55w0rd pa$$word pa$$w0rd passw0rd123 password2 password3 password01 password11
password13 password99 password2020 password2021 password2022 password2023 password2024 password2025 password2026
mypassword newpassword yourpassword thepassword secretpassword supersecret secret1 secret123 topsecret mysecret
letmein123 letmein! trustno1! changeme1 changeme123 temp temp123 temppass temporary welcome2 welcome12 welcome01
hello hello1 hello12 hello1234 helloworld hellokitty hihihi hahaha hehehe lol123 lollol lolipop loulou iloveme
iloveu2 ilovegod jesus jesus1 jesuschrist christ god godisgood blessed blessing faith grace heaven angel123
angelina angelo angels1 christian christina christine christopher jennifer1 jessica12 joshua1 matthew1 michael12
robert1 thomas1 william1 charlie1 george1 andrew1 daniel12 david1 james1 john316 jonathan1 joseph1 kevin kevin1
brian jason1 eric ryan steve stephen tony anthony12 chris1 mark1 paul peter adam aaron alexander alexandra
alicia allison amber amy anna annie april ashley12 barbara beatriz betty brenda brittany1 caroline cassie
catherine cindy claire claudia crystal1 cynthia diana donna elena emily emma erica felicia fiona gabriel
gabriela hailey heather1 helen isabel jacqueline jenny jessie1 julia julie karen katherine kathy kelly kimberly
laura linda lisa lucy madison1 margaret maria mariana marie martina mary megan melanie monica1 nancy natalie
nicole12 olivia pamela rebecca samantha1 sandra1 sarah sharon sophia stephanie susan tamara teresa valentina
veronica vicky whitney ashley123 nicole123 jessica123 michael123 daniel123 andrea1 alexis1 amanda1 angela1
anita1 dewi dewi123 putri putri123 siti siti123 sri agus budi budi123 andi andi123 ahmad ahmad123 rizky wahyu
rina rini yanti yuli yulianti wati fitri indah ayu ayuayu dian dian123 eka nur nurul rizki rudi hendra joko
bambang slamet susanto hartono suharto sukarno soekarno jokowi prabowo kalimantan1 borneo banjar kotabaru1
qwerty7 qwerty11 qwerty123456 qwerty321 qwertz qwertzuiop azertyuiop ytrewq poiuytrewq mnbvcxz lkjhgfdsa
asdfg asdfgh1 asdf123 zxcv zxcvb zxcvbn1 zaqxsw xsw2zaq1 qazqaz wsxedc edcrfv rfvtgb tgbyhn yhnujm
football12 soccer12 hockey1 baseball12 basketball1 golf golfer1 tennis1 runner swimming cricket rugby skater
skateboard surfer snowboard volleyball badminton futbol barcelona realmadrid madrid juventus milan chelsea1
arsenal1 manutd manchester united1 liverpool12 everton tottenham ronaldo messi neymar beckham zidane ronaldinho
cr7 mufc ynwa lfc celtic rangers1 yankees1 redsox1 cowboys1 steelers1 packers1 eagles1 lakers1 bulls raiders1
dragon1 dragons dragonfly tiger1 lion lionking panther1 wolf wolves bear1 eagle hawk falcon1 shark dolphin1
monkey12 monkey123 donkey horse horses bunny kitten kitty kittycat pussycat puppy puppies doggy doggie
cat dog cats dogs fluffy buddy buddy1 max max123 lucky1 lucky7 bandit1 rocky rocky1 spike duke bella bella1
molly coco cookie1 oreo peanut1 pumpkin sugar honey honey1 sweet sweetie candy chocolate1 vanilla caramel
cupcake cherry strawberry blueberry apple1 banana1 orange1 lemon mango peach watermelon pineapple coconut
pizza burger hotdog1 bacon cheese1 butter1 popcorn coffee1 tea beer vodka whiskey tequila cocacola1 pepsi
sprite fanta redbull starbucks mcdonalds google yahoo hotmail gmail facebook twitter instagram tiktok youtube
whatsapp linkedin skype microsoft windows windows10 apple123 iphone android samsung1 nokia sony playstation
xbox nintendo mario zelda minecraft fortnite roblox pubg freefire mobilelegend valorant counterstrike warcraft
starcraft diablo2 pokemon12 matrix1 neo morpheus trinity zion batman1 superman12 spiderman ironman hulk thor
captainamerica avengers marvel dccomics joker harleyquinn wolverine deadpool darthvader starwars1 yoda jedi
skywalker startrek1 spock hobbit gandalf1 frodo harrypotter hogwarts voldemort hermione dumbledore simpsons
homer bart scooby1 snoopy1 garfield mickeymouse minnie donald goofy pooh winnie tweety bugsbunny shrek nemo
elsa frozen barbie1 hellokitty1 doraemon1 tinkerbell1 princess12 prince1 king queen kingkong royal crown
diamond1 gold golden1 silver1 platinum money1 money123 cash dollar rich million millionaire lottery winner1
success1 power power123 freedom1 liberty peace peace1 love1 loveyou1 lover lovers1 romance kiss kisses hug
forever12 always together family family1 friends1 friendship bestfriend bff mother1 father mommy daddy baby
baby123 babyboy babydoll babyblue angelbaby beautiful pretty gorgeous cute cutie cutie1 sexy1 sexylady hottie1
sunshine12 rainbow1 sunset sunrise moonlight starlight stars star star123 sky skyblue ocean beach summer1 winter1
spring autumn snow snowball snowflake flower1 flowers1 rose roses daisy lily orchid tulip sunflower jasmine1
purple12 pink pink123 red redred blue123 blue1 green green1 yellow1 black1 white orange12 silver12 colors
music music1 rock rockstar guitar1 piano drums singer dance dancer dancing hiphop rap reggae metal metallica
nirvana1 slipknot1 linkinpark eminem1 beyonce rihanna shakira madonna britney justinbieber bieber onedirection
bts blackpink kpop army exo twice jimin jungkook suga taehyung rm jhope jin lisa jennie rose1 jisoo
school school1 student teacher college university science math physics chemistry history english computer1
internet1 network hacker hacking security secure cyber matrix123 access14 letmein2 open opensesame sesame
master1 master123 masterkey key keys lock unlock door home home123 house garden kitchen office work work123
business company company1 account account1 login login123 logon signin register member members customer client
benjamin1 charles1 edward1 richard1 patrick1 phillip scott samuel simon victor1 vincent walter william12 xavier
zachary hunter1 jackson1 logan mason noah liam ethan jacob aiden lucas oliver1 elijah henry owen wyatt
qwerty2 qwerty12345 asdfgh123 zxcvbnm12 1234qwerasdf qwerasdf qwerasdfzxcv asdfzxcv 1qa2ws3ed 123qaz 123qwe123
qwe321 ewq321 321qwe 321ewq 7758521 5201314 woaini 1314520 woaini1314 aini1314 31415926 0123456789 0123456
012345 01234567 00000000 0000000 000000000 0000000000 1111111111 111111111 1212121212 2222222 22222222 3333333
33333333 4444444 44444444 777777777 88888888a 9999999 zzzzzzzz qqqqqq qqqqqqqq wwwwww eeeeee 1a2s3d4f a1s2d3f4
q1a2z3 qazwsx1 azerty1 azerty123 lol lolo toto tata titi coucou soleil chouchou doudou nounours loulou1
bonjour salut merci amour jetaime marseille paris france francais deutschland berlin hallo schatz passwort1
hallo123 ficken schalke bayern dortmund mercedes1 porsche1 ferrari1 lamborghini bugatti bmw audi volkswagen
honda honda1 toyota1 nissan1 suzuki kawasaki yamaha1 ducati harley1 chevrolet chevy ford mustang1 corvette1
jeep dodge tesla cadillac jaguar1 viper camaro1 motorola blackberry nokia123 sony123 canon nikon dell hp lenovo
asus acer intel amd nvidia linux ubuntu debian redhat unix apple12 macbook imac ipad ipod icloud
passpass pass123 pass1234 pass12345 mypass mypass123 pwd123 pw123 1password 12password
passport passport1 imigrasi1 imigrasi123 kanim kanim123 desa123 kepaladesa kades sekdes perangkat kabupaten
kecamatan kelurahan camat bupati gubernur presiden polisi tentara babinsa bhabinkamtibmas
`;
