#!/usr/bin/env python3
"""Generate gazetteers/given-names.txt: given names that start a person's name.

Usage (from the repository root, with faker from
scripts/gazetteers/requirements.txt installed):

    python3 scripts/gazetteers/given_names.py [--out gazetteers/given-names.txt]
        [--words /usr/share/dict/dutch,/usr/share/dict/american-english]
        [--date YYYY-MM-DD]

Discovery reads `Given Surname` as a person even without a role noun or
speech verb before it (`Pieter Omtzigt stemde tegen`), when the first word
is a known given name. The names are the Latin-script first names of the
`faker` package (40.63.0, MIT; its per-locale name lists) for the locales
that Dutch and English news meets, its romanized Japanese names, its
Russian and Ukrainian names in Dutch and English transliteration
(CYRILLIC, a hand-typed table), plus a small hand-curated supplement
(SUPPLEMENT: transliterations common in Dutch news that faker's lists
lack). Names are facts; the source and licence are recorded in
gazetteers/ATTRIBUTION.md.

What is kept:
  * names of three or more letters, written with a capital and otherwise in
    lower case, letters, hyphens and apostrophes only, in Latin script;
  * not a month, a weekday, a place or a word in EXCLUDED (`Summer`,
    `Hope`): such a word before a capitalised word is too often no name;
  * not a name or alias of the built-in country, region, place,
    geography and landmark files, compared folded as the gazetteer
    matches (`Santiago`, `Washington`, `Hervé` for the town Herve): the
    gazetteer takes those words first;
    such a name is written `@Jordan`, a given name only where the text
    says a person follows (after a role noun or a nationality:
    `American Jordan Stolz`, `Volksvertegenwoordiger Kobe Vandenbroucke`);
  * of the long American list (`en`), only names that are no surname and
    no word of the word lists (`Jeannie`, not `Watson` or `Red`);
  * a name whose lower-case form is a word of the Dutch or American
    English word lists (`Mark`, `Jan`, `Roos`) is written `=Mark`: it
    counts only where a capital does not just start the sentence;
  * a name with diacritics also without them (`José` -> `Jose`), as
    news writes both.

The output is sorted (byte order) and deterministic but for the date line.
"""

import argparse
import datetime
import importlib
import os
import pkgutil
import unicodedata

import faker
import faker.providers.person as person_providers

LOCALES = [
    "nl_NL", "nl_BE", "fr_BE", "fr_FR", "de_DE", "de_AT", "de_CH",
    "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_KE", "en_NG", "en_PK",
    "es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "pt_BR", "pt_PT", "it_IT",
    "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO",
    "da_DK", "sv_SE", "no_NO", "fi_FI", "is_IS", "et_EE", "lt_LT", "lv_LV",
    "tr_TR", "az_AZ", "uz_UZ", "id_ID", "yo_NG", "ig_NG", "ha_NG", "zu_ZA",
    "sw", "tw_GH", "en", "en_TH", "es_CA", "fr_CA", "fr_CH", "fr_DZ",
    "de_LI", "de_LU", "ga_IE",
]
# `en` is a long list of American first names that holds many surnames
# too (`Watson`, `Henderson`): from it, only names that are no surname of
# these locales.
SURNAME_LOCALES = ["en", "en_US", "en_GB"]

# Given names Dutch and Flemish news writes often that the lists above
# lack: Moroccan, Turkish, Surinamese, Antillean, Somali, Eritrean,
# Afghan and Syrian names in their Dutch and English transliterations,
# Frisian names; and names of world news that no faker locale holds: West,
# East and Southern African, Indonesian and Malaysian, Vietnamese, Pacific,
# Gulf and Latin American given names. Hand curation. Then, a line
# block each, from general knowledge: traditional, short and dialect
# Dutch, Flemish, Frisian and Limburgish names (Tsjalling, Sjeng, Ans);
# South Asian (Prashant, Meenakshi); Southern, Eastern and West African
# (Mutale, Ruan, Tinashe, Kobina); Arabic, Persian, Turkish, Kurdish and
# Afghan (Zubair); Central and Eastern European names in native spelling
# (Wiesława, Bożena); Brazilian, Portuguese, Spanish, Filipino,
# Indonesian, Vietnamese, Korean, Chinese and Pacific names; common Dutch
# names the lists lack (Remco); Irish names with their accents and
# Scottish Gaelic names (Seán, Siobhán, Alasdair, Eilidh); and, curated by
# a helper by region (2026-12-07), common given names of Central Asia,
# Mongolia, mainland Southeast Asia, Bhutan and Nepal, East and Southern
# Africa, Nigeria and Ghana, the Pacific and maritime Southeast and South
# Asia that the lists lacked (Farrukh, Bolormaa, Thanawat, Pema, Tadesse,
# Olumide, Epeli, Setiawan); and common Japanese names faker's list
# lacks (Hiroki, Takahiro, Michiko).
SUPPLEMENT = """
Abdelkader Abdelaziz Abdelhak Abdellah Abdelkrim Abdeslam Achraf Ahmed
Ahmet Aicha Aïcha Anouar Anouk Anwar Ayoub Bilal Brahim Driss Fatima
Fatma Fouad Hakim Hamid Hassan Hicham Houssain Hüseyin Ibrahim Ilias Ilyas
Imane Jamal Karim Khadija Khalid Lahcen Latifa Malika Mehmet Meryem
Mimoun Mohamed Mohammed Mohammad Mostafa Mustafa Nadia Najib Naima Nordin
Noureddine Omar Otman Rachid Rachida Redouan Samira Souad Soufiane Tarik
Youssef Yassine Yasmina Zakaria Zineb Özlem Ömer Ümit Şükrü Emre Burak
Cem Hatice Zeynep Yusuf Kemal Orhan Serkan Hakan Gökhan Erdal Erkan
Ramon Roy Ricardo Romeo Rudi Chandrikapersad Radjesh Rishi Sunil Anil
Sandeep Shanti Soeresh Ashwin Dewanand Ronnie Ruben Iwan Glenn Gregory
Ayaan Abdi Abdirahman Abdullahi Faduma Hodan Mohamud Yonas Tesfay Semere
Ahmad Zahra Farid Jawad Nasrin Walid Rami Bassam Omran Tammo Hylke Sjoerd
Wopke Douwe Gerben Jelle Jildou Lieuwe Marrit Pieter Rintje Sytse Tjeerd
Wiebe Yde Ymkje Jouke Siebe Auke Bauke Folkert Hessel Wietske
Jelmer Marien Sietse Wessel Jurre Jort Hidde Doutzen Lieke Femke Maaike
Marieke Jolien Lotte Marit Wytse Tsjalle Jesse Thijmen Gijs Koen
Jitse Jorne Roelof Kees Joop Bep Hendrikus Aaltje Grietje Trijntje Durk
Reinier Wybren Menno Jaap Ton Rinus Riet Truus Mien Ineke Ruud Huub Sjaak
Frits Arjen Sietske Jitske Rienk Wietse Koos Lenie Mies Rien Rutger Sjef
Tjitske Wiebren Wobbe Ype Femmie Geesje Hillie Jantje Klaasje Roelie
Willemijn Annemiek Gerdien Hester Lieneke Marloes Nelleke Taco Gijsbert
Jurjen Sybren Eelco Eelke Tjalling Joep Huib Rogier Diederik Coen Ewout
Floris Frederik Hidde Jelte Lodewijk Maurits Olivier Reinout Sybrand
Thijmen Tijmen Valentijn Wessel Wijnand Anouk Charlotte Fenna Floortje
Froukje Jikke Liesbeth Maartje Margriet Marjolein Mechteld Merel Quirine
Roos Sanne Sasja Sietske Tamara Tessa Vera Wendelien Wilhelmina Yvonne
Bavo Pieterjan Staf Fons Wies Jozefien Ayşe Büşra Kübra Hanan Loubna
Anand Kavita Chandrika Roshni Shanella Janneke Annemieke Hendrikje Riemke
Sytske Dirkje Remco Rianne Wilco Jorik Yorick Gonny Luk
Seán Siobhán Pádraig Ciarán Róisín Dónal Éamon Órla Séamus Máire Gráinne
Fionn Oisín Ruairí Sinéad Méabh Áine Bríd Éanna Odhrán Rónán Ruadhán Seánie
Mícheál Labhrás Morag Alasdair Eilidh Mairi Mhairi Ruaridh Seumas Ciorstaidh
Ailsa Murdo Torquil Struan
Farrukh Bakhtiyor Dilshod Bekzod Sherzod Shukhrat Ravshan Alisher Gulnora
Nodira Dilfuza Kamola Gulnoza Zulfiya Sitora Munira Elyor Nodir Khurshid
Odil Oybek Ilhom Muzaffar Aizada Kassym Bauyrzhan Nurzhan Yerbol Aidos
Dauren Zhanibek Ainur Aruzhan Botagoz Moldir Gaukhar Talgat Asylbek Erlan
Yermek Olzhas Mukhtar Kanat Temirlan Alikhan Sanzhar Dimash Aibek Meruyert
Sooronbay Kurmanbek Kamchybek Akylbek Cholpon Nazgul Begaiym Jyldyz Bakyt
Adilet Nurbek Chyngyz Chingiz Meerim Faridun Khurshed Jamshed Sukhrob Bahrom
Manuchehr Firuza Manizha Parvina Saparmurat Myrat Merdan Batyr Rahym Dovlet
Maksat Begench Bolormaa Ganzorig Enkhbold Gantulga Batbold Elbegdorj Ganbold
Ganbaatar Altangerel Batkhuyag Enkhtuvshin Enkhbayar Munkhbayar Oyunchimeg
Oyuntsetseg Tsetseg Sarantuya Ariunaa Bolortsetseg Narantsetseg Enkhtuya
Altantsetseg Odgerel Nomin Khulan Solongo Saruul Uyanga Naranbaatar
Purevdorj Tumurbaatar Tserendorj Batjargal Batsaikhan Batsukh Dorjsuren
Gombojav Lkhagvasuren Enkhjargal Erdenebat Erdenechimeg Tuvshinbayar
Otgonbayar Otgonbaatar Munkhzul Munkhtsetseg Tsogtbaatar Zorigt Jargal
Jargalsaikhan Battulga Batmunkh Chinzorig Gankhuyag Ganbat Bayarmaa
Davaasuren Davaadorj Undral Ulziibayar Byambasuren Baasanjav Sumiya Gerelmaa
Oyunbileg Temuulen Tsolmon Enkhmaa Narmandakh Uuganbayar Amarsaikhan
Badamdorj Dashdorj Mendsaikhan Purevsuren Batbaatar Ganzaya Bayasgalan
Munkhbat Amgalan Thanawat Kanokwan Pimchanok Somporn Suthep Prayut Prawit
Yingluck Chuan Abhisit Anupong Chatchai Kittisak Narong Prasert Prasit
Sombat Somkid Thanakorn Thawatchai Wirat Apichatpong Arthit Nattawut
Pornchai Sarawut Somsri Sudarat Sukanya Supaporn Malee Nittaya Pranee
Rattana Siriwan Jiraporn Porntip Chalerm Chuwit Jatuporn Ratchanok Thongloun
Sonexay Bounnhang Choummaly Bouasone Saysomphone Phankham Saleumxay Kaysone
Bounkham Rainsy Sophea Sopheap Sothea Bopha Chenda Kunthea Sokun Vuthy
Piseth Samnang Sambath Sokhonn Sihamoni Channary Kyaw Myint Htun Thein Zaw
Khin Thida Thandar Nilar Myat Htet Naing Hnin Htin Pema Sonam Tshering Dorji
Jigme Tashi Tandin Ugyen Wangchuk Namgay Dechen Yeshey Choki Chimi Lhamo
Sangay Phuntsho Rinzin Thinley Lotay Namgyel Dawa Kezang Kuenga Leki Passang
Pasang Penjor Rinchen Sherab Tshewang Wangmo Yangchen Zangmo Choden Deki
Tshomo Wangdi Lhendup Tobgay Ngawang Tenzing Norbu Phurba Mingma Lhakpa
Pemba Hemanta Rabindra Girija Bimal Bijay Janak Jeevan Sabitri Kabita
Parbati Rojina Sapana Srijana Bipana Samjhana Pabitra Muna Roshani Sangita
Asmita Binita Prabin Bikash Bishal Sujan Sudip Nischal Rupesh Pramila Hery
Rivo Fara Andry Lalao Voahangy Mialy Fanja Tahina Mamy Solofo Hanitra Nirina
Heriniaina Tadesse Alemayehu Mengistu Kebede Bekele Tilahun Yemane Ermias
Assefa Ayele Desalegn Gebre Gebremedhin Hailu Mekonnen Taye Worku Zerihun
Selamawit Kidist Teshome Temesgen Mussie Nyokabi Waithera Awuor Chepngetich
Kipchoge Mbithe Nasimiyu Zuberi Subira Waiswa Namutebi Nalubega Nabukenya
Akello Apio Atim Opio Natukunda Kobusingye Asiimwe Kansiime Netumbo
Hifikepunye Ndapewa Ndeshipanda Nangula Tangeni Panduleni Nelao Chisanga
Namukolo Choolwe Luyando Mainza Bupe Taonga Rufaro Nyarai Makanaka Mthuli
Atupele Tawonga Lusungu Olumide Idowu Olawale Tayo Olufemi Bamidele Rotimi
Tope Ifeoluwa Chidera Ebele Ezinne Somto Chisom Balarabe Tukur Rukayya
Saratu Sadiya Asabe Larai Selorm Eyram Etornam Ayikai Dedei Adoley Korkor
Adesuwa Jumoke Shola Lekan Wole Ayobami Dotun Gbemisola Iyabo Olabisi
Olayinka Oluwatosin Tosin Fisayo Ayokunle Adeyinka Abisola Chukwuma Chinaza
Chinenye Chimezie Nnaemeka Ogochukwu Onyekachi Obiora Uju Ugonna Azuka Nkiru
Chukwuebuka Adaobi Ebere Jibril Salisu Shuaibu Tanko Zakari Zubairu Hassana
Jummai Kaltume Aishatu Serwaa Agyeiwaa Pokua Boatemaa Konadu Enyonam Esinam
Iddrisu Nhyira Abenaa Epeli Samisoni Vasiti Ateca Torika Kelera Litiana Vika
Ilisapeci Timoci Apenisa Aisea Jiosefa Jope Kitione Metuisela Manasa Peceli
Saimoni Sevanaia Vilimone Watisoni Joeli Jioji Kaliova Mosese Sireli
Vereniki Meli Iliesa Kolinio Kalivati Lepani Maika Orisi Penioni Feleti
Seini Mateni Lesieli Siosiana Luseane Kalolaine Sisilia Sitani Soane Sateki
Samiu Siueni Mekere Paias Rabbie Powes Kerenga Puka Yohanes Hendro Setiawan
Kurniawan Gunawan Nurhayati Puspita Susanti Suryani Ketut Komang Wayan Kadek
Gede Rahmawati Mulyani Rosmawati Fransiskus Agustinus Nadiem Azlan
Hishammuddin Khairy Rafizi Faizal Fadillah Hafizah Haziq Khairul Nazri Rosli
Rosmah Roslan Shafie Shamsul Izzah Noraini Norhayati Zuraida Syafiq Azmin
Saifuddin Jinggoy Rodante Bienvenido Rhodora Jovelyn Ninoy Noynoy Farhana
Tahmina Nusrat Mominul Najmul Ashraful Habibul Shahriar Mahbubur Ziaur Sumon
Sohel Sharmin Shahana Nazma Rehana Fatema Shamima Afroza Sanjida Rukhsana
Shadab Mushtaq Nighat Kausar Sumaira Zahida Aqsa Anum Tehmina Shehla
Ryoichi Hiroshi Takashi Takeshi Kenichi Shinzo Yoshihide Fumio Shigeru
Tigran Narine Anahit Armen Aram Arsen Hayk Vahe Ashot Levon Nikol Ararat
Artak Gevorg Hovhannes Hrant Lilit Gayane Siranush Astghik Nune Zaruhi
Armine Hasmik Arpine Gitanas Ingrida Vytautas Gabrielius Algirdas Saulius
Rimantas Mindaugas Žygimantas Aurelijus Rūta Jurgita Laurynas Tadas Mantas
Andrius Aušra Eglė Gintarė Kęstutis Arvydas Erlandas Krišjānis Egils
Edgars Evika Kārlis Jānis Māris Ainārs Inese Ilze Baiba Dace Līga Rihards
Kaja Alar Jüri Kersti Tõnis Urmas Kadri Kristjan Margus Toomas
Taro Ichiro Kazuo Koji Masahiro Naoki Satoshi Shinji Tetsuya Yuko Yoko
Keiko Haruki Daisuke Kosuke Ryota Shohei Akira Makoto Minoru Noriko Sanae
Katsunobu Toshimitsu Shinjiro Kaoru Tomoko Mariko Sachiko Akiko Junko
Kyoko Yoshimasa Kenta Yuta Takuya Tatsuya Kazuki Shunsuke Yusuke Ayumi
Keshav Rahul Amit Arvind Ashok Deepak Gautam Harish Manish Narendra Nitin
Pradeep Rajesh Rajiv Ramesh Sanjay Suresh Vikram Vijay Priya Pooja Sunita
Anjali Nirmala Smriti Shashi Piyush Amitabh Virat Rohit Shubman Jasprit
Ravindra Yashasvi Hardik Rishabh Ajinkya Subrahmanyam Mamata Arvinder
Gulnara Nodirbek Shavkat Kassym-Jomart Nursultan Sadyr Emomali Serdar
Gurbanguly Askar Dinara Aigerim Aizhan Bakhyt Yerlan Marat Timur Rustam
Ulugbek Jahongir Sardor Azizbek Dilnoza Nigora Almazbek Kairat Saule
Cheikh Ousmane Abdoulaye Aminata Fatou Amadou Ibrahima Seydou Bassirou
Macky Moussa Mariama Aissatou Aïssatou Oumar Boubacar Souleymane Mamadou
Modou Lamine Adama Awa Khady Ndeye Ndèye Sokhna Coumba Djibril Alassane
Yaya Kalidou Kadiatou Fanta Oumou Salif Bakary Tiémoko Assimi Mahamat
Idriss Issoufou Mahamadou Kwabena Kwaku Kwadwo Kojo Akua Abena Efua Yaa
Nana Oluwaseun Oluwadamilare Adebayo Adewale Babajide Olusegun Oluwatoyin
Folake Funmilayo Yetunde Chiamaka Chinonso Chidi Obinna Ifeanyi Uchenna
Nnamdi Chimamanda Bola Kashim Atiku Nyesom Aliko Jomo Uhuru
Raila Kalonzo Wafula Wanjiku Njeri Kamau Odhiambo Achieng Akinyi Otieno
Tendai Tatenda Chipo Farai Rudo Nyasha Tsitsi Emmerson Thabo Sipho Zanele
Lwazi Thandiwe Nomvula Bongani Sibusiso Themba Mpho Lerato Nkosazana
Cyril Jacob Fikile Naledi Busisiwe Kagiso Tshepo Hakainde Lazarus Saulos
Yoweri Bobi Kizza Paul Samia Hussein Abiy Getachew Tewodros Meles Yared
Selam Tigist Hirut Alemitu Mesfin Berhanu Isaias Salva Riek Felix Etienne
Rizky Rizki Dimas Fajar Eko Budi Adi Agung Bayu Hendra Indra Wahyu Yudi
Ayu Dewi Intan Kartika Lestari Putri Rina Sari Siti Wulan Prabowo Gibran
Joko Anies Ganjar Megawati Anwar Mahathir Najib Muhyiddin
Ismail Zahid Thanh Minh Huong Hoa Lan Linh Mai Duc Dung Hung Khanh Phuc
Quang Tuan Vinh Trang Thuy Nga Hanh Sitiveni Josaia Voreqe
Sione Tevita Siaosi Viliami Mele Losana Rangi Aroha Tane Wiremu Hemi
Fiame Tuilaepa Faisal Saud Abdulaziz Abdulrahman Abdullah
Haitham Tamim Hamad Khalifa Mansour Zayed Turki Bandar
Salman Mishaal Nayib Dilma Epsy Nasry Xiomara Rodrigo Gabriel Iván Rafael
Lenín Evo Luis Keiko Dina Pedro Ollanta Alejandro Nicolás Delcy
Diosdado Daniel Rosario Bernardo Gustavo Yamandú Luiz Inácio Flávio
Santiago Javier Sergio Patricia Claudia Marcelo Xóchitl Andrés
Boudewijn Godfried Jorien Sjoukje Geertje Arjan Cees Hanneke Kiran Cor Jo
Tsjalling Tsjerk Sjouke Sjirk Jelke Gerlof Harmen Hindrik Oene Oane Pieke
Reinder Sipke Syds Tiede Tjalle Tjibbe Tjipke Ulbe Watse Wigle Wybe Ybele
Yke Doeke Fokke Freerk Gosse Haije Hette Jetse Jisk Jitze Lolke Oebele
Sible Sjabbe Akke Antsje Baukje Geeske Gerbrich Hiske Intsje Jeltsje Jiske
Klaske Lysbeth Mintsje Rigtje Romke Teake Trientje Wike Wytske Ytsje Aukje
Atsje Dieuwke Djoke Fenneke Grytsje Hiltsje Janke Jantsje Joukje Martsje
Minke Pytsje Rixt Sjieuwke Tsjitske Wypkje Tetske Jildert Eeltsje Gjalt
Gerke Lammert Meindert Obbe Popke Reitse Harke Lútsen Lutsen Feike Epke
Ruerd Bouke Foppe Hotze Meint Rients Sijbren Ulco Wiepke Tjerk Jildau
Hinke Sjikke Tsjikke Jetske Trynke Sjaan Sjeng Bèr Lei Sjra Sjang Jeu Zjef
Thei Servaas Lambertus Dorus Driek Drika Mientje Sjoke Triene Gied Gradus
Nard Nardus Rinie Tinus Thieu Tjeu Leike Leny Liesje Netty Dinie Dini
Gonnie Jetje Jopie Keesje Lijda Marij Martien Martinus Miep Rietje Rie
Treesje Wendela Ans Ank Aaf Aafke Aagje Alie Ankie Betje Beppie Cobi
Fientje Gerrie Greetje Janny Koosje Lientje Miny Ploon Rikie Sientje
Tonnie Toos Jansje Trijn Neeltje Pietje Doortje Grada Harmke Jacoba
Klazina Hendrika Amaat Odiel Jorre Wolter Roelf Koert Teunis Aart Hein
Leendert Nicolaas
Prashant Prashanth Venkatesh Aravind Ajay Ajit Akhil Akash Alok Anant
Ankit Ankur Anupam Ashish Atul Avinash Balaji Bharat Bhupendra Chandan
Chandrababu Chetan Devendra Dharmendra Dilip Dinesh Ganesh Govind Hemant
Jayant Jitendra Kailash Kapil Karthik Karthikeyan Kishore Kuldeep Lalit
Mahesh Manoj Mohan Mukesh Murali Nagaraj Neeraj Nilesh Niranjan Pankaj
Prakash Pramod Prasad Praveen Prem Puneet Raghu Rajan Rajendra Rajinder
Rakesh Raman Sachin Sameer Sanjeev Santosh Satish Saurabh Shankar Shekhar
Shiv Shivam Shyam Srinivas Subhash Sudhir Sumit Surendra Tarun Tushar Uday
Umesh Varun Vasudev Venkat Vikas Vinay Vinod Vipin Vishal Vivek Yogesh
Yogendra Hemanth Gopinath Sivakumar Senthil Murugan Saravanan Arumugam
Manikandan Udhayanidhi Vijayakumar Sundar Chandrasekhar Kanimozhi
Meenakshi Parvati Parvathi Saraswati Durga Savitri Rekha Geeta Seema
Preeti Priyanka Ritu Sapna Shweta Shruti Swati Usha Vandana Vidya
Aishwarya Ananya Anushka Deepika Kareena Madhuri Gayatri Jayanthi Kalpana
Mamta Manju Nalini Poonam Pratibha Rashmi Revathi Sangeeta Shobha Shalini
Shanthi Smita Sudha Suman Sushma Vaishali Vasundhara Aditi Aarti Archana
Chitra Kajal Kamini Lata Madhu Manisha Nirupama Pushpa Ranjana Rupa
Sadhana Sharmila Sunanda Sujata Urmila Vimala Venkaiah Srinivasa Nagarjuna
Jagan Revanth Suryakumar Sravani Sirisha Swathi Abhijit Amartya Anirban
Arnab Debashis Dipankar Indranil Partha Pranab Rabindranath Saurav Sourav
Subhas Sujoy Tanmoy Moushumi Rituparna Sharmistha Sudipta Jhumpa
Soumitra Satyajit Buddhadeb Sharad Uddhav Eknath Supriya Sunetra Pankaja
Aaditya Vilas Shrikant Dattatreya Madhukar Prithviraj Gurpreet Harpreet
Jaspreet Manpreet Simranjit Amarinder Bhagwant Navjot Sukhbir Harbhajan
Jagmeet Harjit Harjeet Kulwant Balwinder Gurdeep Gurinder Jasbir Kuldip
Paramjit Ranjit Satnam Sukhwinder Tejinder Harsimrat Navdeep Mandeep
Jasleen Simran Gurleen Amrit Baljit Daljit Inderjit Karamjit Surjit
Pinarayi Oommen Sreejesh Sanju Anoop Biju Jayan Rajeev Sajan Shaji Shibu
Vineeth Anju Bindu Reshmi Sreedevi Sreeja Soumya Jisha Remya Shehbaz Nawaz
Bilawal Benazir Zulfikar Pervez Shoaib Shaheen Wasim Waqar Inzamam Younis
Misbah Shahid Fawad Fakhar Rizwan Naseem Sarfaraz Saqib Sohail Zeeshan
Junaid Mohsin Naveed Raza Sajid Shahzad Shakeel Waseem Atif Awais Azhar
Faheem Haroon Ijaz Javed Khurram Mubashir Mudassar Muneeb Rehman Shafiq
Shafqat Shehzad Sufyan Waqas Amna Bushra Fariha Farzana Hina Iqra Lubna
Madiha Mahnoor Malala Mehwish Naila Nargis Nazia Rabia Rubina Saima Sana
Shazia Shabana Sidra Sobia Tahira Uzma Zubaida Asifa Hira Mahira Hasina
Khaleda Tarique Mushfiqur Shakib Mashrafe Mahmudullah Mustafizur Liton
Mehidy Taskin Rezaul Rafiqul Shafiqul Aminul Anisul Kamrul Mizanur
Jahanara Nasreen Taslima Rokeya Sajeeb Tanvir Touhid Nahid Shahidul Abul
Obaidul Fakhrul Mujibur Mahinda Gotabaya Ranil Sajith Anura Maithripala
Sanath Muttiah Mahela Lasith Dimuth Kusal Wanindu Dasun Pathum Charith
Lahiru Dhananjaya Nuwan Ruwan Chaminda Upul Thilina Chamari Sanjeewa
Priyantha Prasanna Nalin Nimal Saman Mangala Namal Sarath Tissa Lakshman
Ranjan Dilrukshi Nirosha Thisara Chathura Janaka Kumari Anoma Sriyani
Dilhani Shiromi Khadga Baburam Bidya Bidhya Gyanendra Birendra Dipendra
Mahendra Balen Kulman Bishnu Binod Dipak Narayan Sushila Laxmi Nabin
Sushil Upendra
Mutale Chibwe Rupiah Mwila Mulenga Bwalya Mwape Musonda Kasonde Chileshe
Chilufya Mumba Lubinda Kalaba Chama Kunda Mwansa Mapalo Patson Nkandu
Chisomo Inonge Mutinta Namakau Nchimunya Mwamba Chola Kabaso Mukuka Mwenya
Mwiza Tinashe Tafadzwa Tapiwa Kudakwashe Kuda Rumbidzai Rutendo
Ruvimbo Chiedza Vimbai Shingai Simbarashe Takudzwa Tonderai Tinotenda
Munyaradzi Fadzai Fungai Chenjerai Tichaona Tendekai Tendayi Kundai
Nokuthula Ropafadzo Tariro Mufaro Panashe Tadiwa Anesu Ngonidzashe Kudzai
Kumbirai Sekai Gamuchirai Mutsa Chido Ruvarashe Bingu Bakili Chikondi
Kondwani Mphatso Thokozani Tiwonge Tamanda Madalitso Limbani Dalitso
Yamikani Chimwemwe Tadala Takondwa Pemphero Tiyamike Wezi Chifundo
Mayamiko Zione Adhiambo Awino Auma Kavata Mwai Kithure Rigathi Musalia
Mugisha Tumusiime Ainembabazi Atuhaire Ayebare Wasswa Nakato Babirye
Nankya Muhoozi Kiiza Nalwoga Jakaya Tundu Zitto Mwanaisha Mwajuma Shabani
Zuhura Mwanahawa Furaha Upendo Zawadi Pendo Tumaini Ruan Siyamthanda
Lukhanyo Makazole Faf Handré Cheslin Bongi Lungi Lungisani Aphiwe Aphelele
Ayanda Buhle Duduzile Khanyi Khaya Lindiwe Lindani Lindokuhle Lulama
Luthando Lwandle Mbali Mbalenhle Mduduzi Mondli Mpumelelo Mthunzi Nandi
Nolwazi Nomsa Nosipho Ntombi Ntokozo Phumzile Phindile Sello Senzo Sifiso
Sihle Sizwe Sphamandla Thabang Thembi Thulani Unathi Vusi Xolani Yonela
Zama Zodwa Zolani Zwelakhe Zweli Zwelinzima Zuko Mamokgethi Lebogang
Lesego Boitumelo Kabelo Karabo Katlego Keabetswe Kgomotso Nthabiseng
Palesa Puleng Refilwe Rethabile Tebogo Thato Tumelo Tshepiso Bontle
Dikeledi Dineo Itumeleng Kamohelo Keitumetse Lehlohonolo Limpho Lineo
Mmabatho Motlatsi Nthati Ofentse Onalenna Oratile Reitumetse Tshegofatso
Masechaba Ntsiki Teboho Thabiso Gwede Malusi Mmusi Gayton Bheki Kgalema
Mosiuoa Pravin Nkosinathi Schalk Tiaan Wian Wiaan Danie Dewald Jaco Morné
Riaan Ruaan Wikus Duan Rassie Theuns Thinus Tjaart Wynand Anél Antjie
Carike Elmarie Hanlie Karlien Liezel Marike Mariska Marlize Ronel Suzaan
Tertia Zanri Lizelle Elsabé Jurie Kobus Cobus Frikkie Gysie Hanré Hendré
Juandré Marnus Ruhan Sarel Wimpie Dawie Jaapie Haile Hailemariam Kenenisa
Tirunesh Derartu Genzebe Letesenbet Gudaf Tamirat Yomif Birhanu Sifan
Abebe Mulatu Debretsion Jawar Demeke Workneh Tsehay Meseret Tsegaye
Tesfaye Dawit Eyob Henok Kidus Natnael Yohannes Bereket Biniam Amanuel
Girma Mulugeta Negasi Kahsay Tekle Habte Fitsum Filmon Merhawi Senait
Hiwet Winta Luwam Hiwot Mahlet Meron Semhar Yodit Kibrom Goitom Teklay
Berhane Tsegay Tesfalem Awet Robel Ghirmay Biniyam Ayomide Ayotunde
Babatunde Bolaji Bukola Damilola Dapo Dayo Femi Folasade Funke Gbenga Jide
Kayode Kehinde Taiwo Kunle Lanre Segun Seun Temitope Tolu Wale Yemi Adeola
Adebola Akinwumi Bisi Dele Doyin Ebun Fola Kemi Moji Niyi Olamide Olu
Oluwatobi Toyin Wunmi Yinka Bolanle Kolade Ademola Olamilekan Opeyemi
Oyinkansola Abimbola Ibukun Oreoluwa Tomiwa Feyisayo Adanna Amaka Chibuike
Chidinma Chidozie Chika Chikezie Chinwe Chioma Ikechukwu Ijeoma Nkechi
Obiageli Onyeka Tochukwu Ugochukwu Uzoma Ndidi Nkem Obioma Chiwetel Ejike
Kenechukwu Chinua Udoka Aminu Bashir Garba Lawal Muhammadu Rabiu Umaru
Yakubu Binta Hajara Kande Ladi Rakiya Salamatu Zulaihat Dauda Yahaya Auwal
Murtala Godswill Babagana Nafisa Kobina Kodwo Kwabla Araba Ekua Adjoa
Kukua Abla Afi Adzo Kossi Kodjo Komla Yao Kouassi Kouadio Kouakou Koffi
Kwamina Nii Naa Kafui Selasi Elikem Dzifa Edem Delali Mawuli Mawuena Senyo
Yayra Abedi Sadio Khalilou Idrissa Pape Mbaye Moustapha Abdou Babacar
Birame Cheikhou Demba Diafra Elhadji Fodé Gorgui Ismaïla Malick Massamba
Matar Ngoné Ousseynou Saliou Serigne Tidiane Youssou Aliou Amath Bineta
Dieynaba Fatoumata Khoudia Marième Maimouna Rokhaya Seynabou Soukeyna
Astou Adji
Zubair Abdelilah Abdeljalil Abdelmajid Abdelwahab Abdelghani Abdelhamid
Abdelkarim Abdellatif Abderrahim Abdessamad Ahlam Chaimae Chaima Ghizlane
Hajar Hanane Majda Mohcine Mouad Nezha Noura Rajae Siham Soukaina Zoubir
Hafid Mimount Naoual Ouafa Rkia Touria Yamina Zohra Fadoua Imad Issam
Jaouad Marouane Marwan Mohssine Nourdin Othman Tarek Zouhair Fadwa Hafida
Mounia Nassira Zoubida Hamida Houria Kawtar Khaoula Lamya Manal Nouhaila
Oumaima Safae Wiam Ziad Bachir Bassem Fadi Ghassan Hazem Hisham Hussam
Majed Moataz Mohannad Muhannad Nizar Rafik Samer Sameh Shadi Wael Asmaa
Doaa Ghada Iman Maha Reem Rasha Sahar Zeina Razan Lamis Ghalia Raghad Alaa
Ahed Hadeel Nisreen Randa Sawsan Tahani Widad Hamdan Saif Abdulla
Abdelfattah Abdulrahim Ammar Ashraf Ayham Emad Ehab Essam Fawzi Fathi
Gamal Hosni Kamel Mamdouh Moncef Naguib Nasser Nidal Rached Sadek Tawfik
Wajdi Yazid Kais Najla Olfa Hossein Mohsen Mojtaba Ebrahim Masoud Javad
Hamidreza Alireza Mohammadreza Amirhossein Arash Babak Bahram Behnam
Behrouz Bijan Dariush Davood Farhad Farshad Farzad Hamed Hooman Houshang
Iraj Kambiz Kaveh Keyvan Kourosh Majid Mehran Mehrdad Milad Morteza
Omid Parviz Payam Pedram Peyman Pouya Ramin Saeed Sajjad Shahram Siamak
Soroush Fatemeh Narges Parisa Shirin Golshifteh Mahsa Niloufar Azadeh
Bahareh Elham Fereshteh Forough Ladan Nazanin Parvin Sepideh Shabnam Simin
Tahmineh Taraneh Yasaman Zohreh Masih Setareh Hengameh Golnar Golnaz Homa
Jila Katayoun Laleh Mahtab Minoo Neda Pari Elnaz Ghazal Hanieh Kimia Negar
Niousha Raha Sanaz Sogol Armita Mahyar Ashkan Navid Nima Shahin Shayan
Sohrab Rostam Daryush Esmail Gholam Gholamreza Kazem Masoumeh
Mohammadjavad Rouhollah Ruhollah Sadegh Taghi Devlet Binali Hulusi İlkay
Merih Orkun Nihat Hamit Tuncay Rüştü Fikret Tarkan Bülent Ece İrem Nurhan
Tuğba Şule Ebru Gamze Hande Pınar Sinem Yeliz Dilek Didem Burcu Aslı Berna
Çiğdem Duygu Ezgi Hacer Havva Saadet Sevgi Şeyma Ümran Zübeyde Baran
Batuhan Berkay Erhan Ersin Fırat Hüsnü İlhan İsmail Levent Mücahit Oğuz
Ozan Semih Serhat Taner Tolga Yiğit Selahattin Pervin Figen Sırrı Shivan
Şivan Rojda Berivan Zilan Rojin Hevin Delal Berfin Jiyan Rojhat Hêvî Hevi
Kawa Rêbîn Rebin Ronahi Rezan Zozan Dilshad Newroz Nechirvan Masrour Bafel
Qubad Barzan Sherko Shirwan Karwan Hemin Hawre Kosrat Shilan Rozhan Avin
Sozdar Mazloum Xebat Amrullah Rahmatullah Hibatullah Sirajuddin Zabihullah
Mujib Farkhunda Malalai Fawzia Rangina Shukria Zarifa Freshta Fereshta
Gulalai Mahbouba Nilofar Khalida Sahraa Najibullah Hamdullah Hashmat
Ahmadullah Asadullah Atiqullah Azizullah Ehsanullah Fazal Hayatullah
Hedayatullah Ikramullah Inayatullah Jawed Karimullah Masood Mohibullah
Mirwais Noorullah Obaidullah Qudratullah Rahim Rahmanullah Samiullah
Sharifullah Wahidullah Zalmay Zalmai Ajmal Fazlullah Mujeeb Gulbuddin
Amanullah Habibullah Saifullah Rohullah Zaher Wahid Hamidullah Massoud
Wiesława Wiesław Bożena Bogusław Bogusława Bronisław Bronisława Czesław
Czesława Dobrosław Eugeniusz Genowefa Ireneusz Jarosław Kazimiera Ludwik
Łucja Małgorzata Mieczysław Mieczysława Mirosław Mirosława Radosława
Sławomir Stanisława Wacław Wacława Władysław Władysława Włodzimierz
Zdzisław Zdzisława Żaneta Ziemowit Bolesław Bolesława Grażyna Lucyna
Zuzanna Wioletta Felicja Honorata Jagoda Kunegunda Ludmiła Wisława Zenona
Bartłomiej Remigiusz Seweryn Zygmunt Bogumił Bogumiła Dobromił Jarosława
Lechosław Sobiesław Bożydar Dobrochna Dobrosława Sławomira Kasia Gosia
Basia Čestmír Dušana Čeněk Přemek Řehoř Soběslav Vítězslava Vavřinec
Vojtěška Heřman Huba Zsuzsa Előd Lőrinc Örs Pongrác Rezső Kelemen Lehel
Zsófi Erzsi Gigel Fănel Boyko Rumen Kiril Asen Ognyan Delyan Georgi
Dimitar Hristo Ivaylo Krasimir Plamen Tsvetan Veselin Zhivko Dobromir
Kostadin Momchil Blagoy Grigor Tihomir Desislava Rositsa Silviya Snezhana
Svetla Tsvetanka Velichka Yordanka Zornitsa Kristalina Iliyana Elitsa
Gergana Tsvetelina Veselina Boriana Borislava Dessislava Krasimira Petya
Rumyana Božidar Branimir Dragoljub Đorđe Ljubomir Ljubiša Milutin Momčilo
Nebojša Ratko Srđan Vladan Vojislav Živko Olivera Snežana Tijana Verica
Đurđa Kolinda Mirza Elvir Sead Džemal Bakir Alija Šefik Merima Mirsada
Amila Belma Dženana Dženan Dževad Ermin Fahrudin Hamdija Husein Ibro
Muharem Mujo Nedžad Sejfudin Suad Zijad Ejub Šemsa Hatidža Fadila Hajra
Šejla Naida Adna Gitanas Žydrūnas Birutė Danutė Daiva Gintaras Jurgis
Rimantas Valdas Virginijus Vilija Aistė Laima Algimantas Česlovas Kazys
Stasys Gints Ojārs Ingus Vaira Evika Laimdota Kristīne Zaiga Ance Lelde
Raimunda Expedito Sebastiana Antônia Benedito Conceição Aparecida
Aparecido Terezinha Edileuza Edinalva Elisângela Gildásio Jailson Joelma
Jucélia Lucélia Luciene Lucimar Marinalva Neide Neusa Rosângela Rosimeire
Rosemeire Sueli Valdete Valdir Valdomiro Vanderlei Vanusa Wanderley
Edvaldo Edivaldo Erivaldo Djalma Dorival Juscelino Gérson Nilton Ailton
Adilson Cleber Cleiton Clodoaldo Damião Evandro Genivaldo Givaldo Irineu
Ivanildo Janaína Josimar Jurandir Lindomar Moacir Nivaldo Odair Reginaldo
Roberval Rogério Rosivaldo Tarcísio Ubiratan Valmir Iracema Iraci Jurema
Lindalva Damiana Dalva Gislaine Graça Ivete Jandira Josélia Marluce Nilza
Odete Zilda Zuleide Rayssa Éder Fernão Custódio Agostinho Adelino
Amândio Armindo Aurélio Belmiro Guilhermina Ermelinda Felismina Graciete
Idalina Benvinda Alzira Deolinda Natércia Arantxa Ainhoa Nekane Edurne
Unai Gorka Xabi Xabier Iñigo Koldo Josu Joseba Eneko Asier Oier Julen Ibai
Hodei Garazi Idoia Irati Jone Uxue Miren Arrate Oihane Lorea Nahia Alazne
Pere Oriol Quim Jaume Lluís Ferran Àlex Montse Meritxell Carme Roser Mercè
Xosé Xoán Uxía Iria Antía Brais Breixo Xurxo Anxo Abundio Aniceto Crisanto
Filiberto Gumersindo Higinio Melquíades Onésimo Doroteo Cirilo Emeterio
Filemón Longino Policarpo Sabino Salustiano Agapita Casilda Celedonia
Eduviges Epifanía Sagrario Yamileth Deysi Jomari Rodel Arnel Dindo
Jejomar Marites Marivic Maricar Jennelyn Luzviminda Analyn Divina Zenaida
Nenita Ligaya Dalisay Mutya Hidilyn Jonel Jerwin Reynante Leodegario
Corazon Susilo Basuki Sandiaga Puan Airlangga Luhut Retno Muhaimin Arief
Darmawan Dedi Dedy Endang Fitri Mulyadi Nanang Sigit Sugeng Sulistyo
Supriyadi Sutrisno Utami Wati Yanto Erni Handayani Lusi Nining Novita
Nuraini Sinta Tuti Yanti Zainal Achmad Chinh Chính Hùng Hưng Bảo Bình Binh
Cường Cuong Dũng Đức Giang Hải Hạnh Hiếu Hieu Hiền Hien Hoàng Hoang Huyền
Huyen Khoa Khôi Khoi Kiên Kien Luân Mạnh Manh Ngân Ngọc Ngoc Nhung Phong
Phương Phuong Quân Quyết Thắng Thang Thành Thảo Thao Thịnh Thinh Thúy Toàn
Toan Trọng Trong Trung Tùng Tung Tuấn Tuyết Uyên Uyen Việt Viet Xuân Xuan
Min-jun Seo-yeon Ji-woo Ji-hoon Hyun-woo Jae-in Suk-yeol Jae-myung
Kyung-wha Ki-moon Heung-min Min-jae Hee-chan Kang-in Gue-sung Jin-woo
Seung-hoon Sung-ho Dong-hyun Young-hee Eun-ji Ji-yeon Soo-jin Hye-jin
Mi-kyung Yoo-jin Ha-eun Ji-min Seo-jun Do-yoon Ye-jin Su-bin Jung-hoon
Sang-hoon Hyun-jin Jong-un Yo-jong Jong-il Il-sung Geun-hye Myung-bak
Moo-hyun Dae-jung Ing-wen Ching-te Mengyao Jiayi Jinping Keqiang Zedong
Xiaoping Jintao Zemin Huning Haoran Yuxuan Zihan Yichen Yuhang Zhiyuan
Junjie Jiahao Haoyu Zixuan Xinyi Yutong Yuxin Shiyu Xiaoyu Jingjing
Xiaoming Xiaoli Xiaohong Xiaoyan Wenjun Weiwei Yanyan Yifan Yiming Zhiwei
Zhihao Jianguo Jianhua Jianjun Guoqiang Guoliang Hongwei Huiying Jianping
Lijuan Lihua Mingming Zhiqiang Wenjing Xiuying Guiying Yufeng Shuai
Xiaojun Qinwen Lingwei Hongchan Yining Ziyi Yimou Kaige Junhui Xiaobo
Zhengfei Qishan Yaobang Ziyang Liyuan Weidong Chunying Lijian Wenbin Yiwen
Xiaoqing Guangcheng Zhaoxu Quanhong Zhiyi Shuang Inoke Ilaitia Isoa
Kalisito Mesake Napolioni Osea Peni Ropate Sakiusa Semesa Seru Setareki
Sevuloni Viliame Vilimoni Waisea Waisale Litia Mereoni Salote Unaisi
Vasemaca Sereana Akanisi Asenaca Lusiana Makereta Miliakere Salanieta
Tarusila Iosefa Ioane Tavita Sefo Fetu Siosaia Semisi Sosefo Tupou
Losaline Pilolevu Aisake Akosita Taniela Tomasi Uiliami Hine Tipene Ngaio
Marama Arana Piripi Rewi Whetu Hohepa Hori Mihi Paora Nanaia Tariana
Hinewehi Rahui
Dmitry Yevgeny Yevgeni Evgeny Alexey Anatoly Vitaly Vyacheslav Gennady
Valery Arkady Grigory Pyotr Fyodor Giorgos Nikos Kostas Giannis Yiannis
Dimitris Panagiotis Vasilis Kyriakos Stavros Spyros Thanasis Somchai
Somsak Siriporn Kittipong Nattapong Chaiwat Supachai Wichai Thaksin
Paetongtarn Srettha Anutin Prayuth Sompong Surachai Pornthip Wanida
Fatmata Faadumo Gurjit Sisse Everton Wellington Batbayar
Daiki Daichi Hiroto Haruto Yuto Sota Takumi Kaito Yuma Hinata Hayato
Ryusei Keita Kohei Yoshiki Shota Tomoya Ryo Sho Ren Riku Sora Miho Aoi
Koharu Yuna Saki Ayaka Misaki Emi Mao Mana Nanami Haruka Kana Hikaru
Takeru Genki Yuzuru Shoma Kaori Nozomi Risa Erika Arisa Sayaka Yuka
Jorrit Willemien Bregje Ymke Ilke Hielke Ids
Sokha Sophal Sokhom Vannak Chanthy Khamla Souksavanh Bounmy Serik Yerzhan
Daulet Birtukan Tigist Almaz Meseret Tanvir Rafiq Shahidul Mahmudul
Hiroki Takahiro Hiroyuki Hidetoshi Hiroaki Hirofumi Hirokazu Hiromi Hironori
Hisashi Katsuya Kazuhiro Keiichi Keisuke Kenichiro Koichi Masaki Masaru
Masashi Masato Masayuki Michio Mitsuo Nobuo Nobuyuki Ryuji Satoru Seiji
Shigeo Shingo Shinichi Shuichi Tadashi Takao Takaya Toru Toshiaki Toshihiro
Tsuyoshi Yasuo Yoshiaki Yoshihiro Yoshiyuki Yuichi Yuji Yukio Yutaka Ayako
Chieko Emiko Eriko Etsuko Harumi Hiroko Mayumi Michiko Miyuki Reiko Setsuko
Takako Megumi Saori Tomomi Yukiko
"""

# Georgian given names (Georgian script in faker) in the national
# romanization that news in Dutch and English follows (`ლევან` -> Levan).
GEORGIAN = {
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z",
    "თ": "t", "ი": "i", "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o",
    "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s", "ტ": "t", "უ": "u", "ფ": "p",
    "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts",
    "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
}

# The built-in files whose names and aliases no given name may repeat:
# the gazetteer takes such a word first anyway, and cities_world.py
# leaves out cities named like a given name, so the two files agree.
PLACE_FILES = [
    "countries.tsv", "regions.tsv", "regions-world.tsv", "cities.tsv",
    "cities-world.tsv", "places-nl-be.tsv", "villages-nl-be.tsv", "geography.tsv",
    "landmarks.tsv", "landmarks-world.tsv", "places-sr-caribbean.tsv",
]

# Names of EXCLUDED that Dutch and Flemish news gives girls: a word
# first, but a person's before a surname's particle (`Fleur van Dijk`,
# `Lore De Clercq`), written with `~`.
BEFORE_PARTICLE = {
    "Fleur", "Lore", "Floor", "Hope", "Amber", "Rose", "Grace", "Jade",
    "Ivy", "Faith",
}

# Continents, which name no person even after a role noun.
CONTINENTS = {"Africa", "America", "Asia", "Europa", "Europe", "Oceania"}

# Capitalised words that are no name before a capitalised word, though
# some are given names somewhere.
EXCLUDED = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
    "Januari", "Februari", "Maart", "Juni", "Juli", "Augustus",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag",
    "Zaterdag", "Zondag", "Christian", "Christmas", "Easter", "Noel",
    "Sint", "Saint", "Santa", "San", "Santo", "Sankt", "Prince", "Princess",
    "King", "Queen", "Duke", "Lord", "Lady", "Sir", "Dame", "Major",
    "General", "Admiral", "Bishop", "Pope", "God", "Allah", "Jesus",
    "Islam", "Israel", "Jordan", "India", "China", "Georgia", "Paris",
    "Florence", "Victoria", "Sydney", "Austin", "Orlando", "Lincoln",
    "Adelaide", "Regina", "Sofia", "Siena", "Valencia", "Lorraine",
    "Chelsea", "Brooklyn", "Dallas", "Houston", "Phoenix", "Denver",
    "Madison", "Savannah", "Charlotte", "Kenya", "Asia", "America",
    "Europa", "Africa", "Holland", "Brabant", "Limburg", "Zeeland",
    "Gent", "Brugge", "Breda", "Ede", "Delft", "Soest", "Born", "Best",
    "Frans", "Franse", "Engels", "Duits", "German", "English", "French",
    "Dutch", "Royal", "Grand", "Nobel", "Hotel", "Union", "Unie", "Nations",
    "Premier", "Minister", "President", "Kamer", "Staat", "Rijk", "Euro",
    # Words first, names second: in the word lists and too often
    # capitalised before another capitalised word (`Summer Olympics`).
    "Amber", "Angel", "Autumn", "Brandy", "Chase", "Crystal", "Daisy",
    "Dawn", "Destiny", "Diamond", "Ebony", "Faith", "Grace", "Hazel",
    "Heather", "Holly", "Hunter", "Ivy", "Jade", "Jasmine", "Joy", "Melody",
    "Misty", "Nova", "Parker", "Penny", "Raven", "Rose", "Rosemary",
    "Summer", "Sierra", "Tanner", "Mason", "Lance", "Grant", "Constant",
    "Derrick", "Dean", "Guy", "Earl", "Gene", "Glen", "Kick", "Job", "Lot",
    "Floor", "Fleur", "Lore", "Mare", "Rune", "Sep", "Ties", "Said", "Pol",
    "An", "Aya", "Bo", "El", "Ken", "Kent", "Max", "Ray", "Chad", "Troy",
    "Don", "Sandy", "Dale", "Drew", "Sally", "Patty", "Cherry", "Gay",
    "Happy", "Honey", "Lucky", "Sunny", "Storm", "Sky", "Star", "Bay",
    "Hope", "Faith", "Will", "Victory", "Liberty", "Justice", "Noble",
    "Royal", "Sterling", "Page", "Reed", "Rich", "Colt", "Price", "Ransom",
    "Novi", "Ever", "Gul", "Son", "Mai", "Van",
    # Words that open mountains' names (`Mont Blanc`, `Monte Rosa`) and
    # streets' (`Rua Augusta`).
    "Mont", "Monte", "Rua",
}


def is_latin(name: str) -> bool:
    return all(
        "LATIN" in unicodedata.name(c, "") or c in "-'" for c in name
    )


def without_diacritics(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Russian and Ukrainian first names (Cyrillic in faker) as Dutch and
# English news spell them: the common press transliterations, hand-typed
# here (`Сергей` -> Sergej / Sergei, `Юлія` -> Joelija / Yuliia).
CYRILLIC = {
    # letter: (Dutch, English), shared by both languages
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "д": ("d", "d"),
    "е": ("e", "e"), "ё": ("jo", "yo"), "ж": ("zj", "zh"), "з": ("z", "z"),
    "й": ("j", "y"), "к": ("k", "k"), "л": ("l", "l"), "м": ("m", "m"),
    "н": ("n", "n"), "о": ("o", "o"), "п": ("p", "p"), "р": ("r", "r"),
    "с": ("s", "s"), "т": ("t", "t"), "у": ("oe", "u"), "ф": ("f", "f"),
    "х": ("ch", "kh"), "ц": ("ts", "ts"), "ч": ("tsj", "ch"),
    "ш": ("sj", "sh"), "щ": ("sjtsj", "shch"), "ъ": ("", ""), "ы": ("y", "y"),
    "ь": ("", ""), "э": ("e", "e"), "ю": ("joe", "yu"), "я": ("ja", "ya"),
    "є": ("je", "ye"), "і": ("i", "i"), "ї": ("ji", "yi"), "ґ": ("g", "g"),
    "'": ("", ""), "’": ("", ""),
}
# Letters that differ by language: Russian г and и, Ukrainian г and и.
BY_LOCALE = {
    "ru_RU": {"г": ("g", "g"), "и": ("i", "i")},
    "uk_UA": {"г": ("h", "h"), "и": ("y", "y")},
}


def transliterations(name: str, locale: str) -> set:
    table = {**CYRILLIC, **BY_LOCALE[locale]}
    out = set()
    for language in (0, 1):
        letters = []
        for c in name.lower():
            if c not in table:
                return set()
            letters.append(table[c][language])
        word = "".join(letters)
        if word:
            out.add(word[0].upper() + word[1:])
    return out


def cyrillic_names() -> set:
    names = set()
    for locale in BY_LOCALE:
        provider = importlib.import_module(
            f"faker.providers.person.{locale}"
        ).Provider
        for name in provider.first_names:
            names |= transliterations(name, locale)
    return names


def georgian_names() -> set:
    provider = importlib.import_module("faker.providers.person.ka_GE").Provider
    names = set()
    for name in provider.first_names:
        if all(c in GEORGIAN for c in name):
            latin = "".join(GEORGIAN[c] for c in name)
            names.add(latin[0].upper() + latin[1:])
    return names


def surnames() -> set:
    names = set()
    for locale in SURNAME_LOCALES:
        provider = importlib.import_module(
            f"faker.providers.person.{locale}"
        ).Provider
        last = provider.__dict__.get("last_names", ())
        names |= set(last.keys() if isinstance(last, dict) else last)
    return names


def place_names(folder: str) -> set:
    names = set()
    for file in PLACE_FILES:
        with open(os.path.join(folder, file), encoding="utf-8") as fh:
            header = None
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                cells = line.rstrip("\n").split("\t")
                if header is None:
                    header = cells
                    continue
                row = dict(zip(header, cells))
                names.add(row.get("name", ""))
                names |= set(row.get("aliases", "").split("|"))
    return {n.lstrip("=") for n in names if n}


def faker_names(only=None) -> set:
    names = set()
    for module in pkgutil.iter_modules(person_providers.__path__):
        if module.name not in (only or LOCALES) or (
            only is None and module.name == "en"
        ):
            continue
        provider = importlib.import_module(
            f"faker.providers.person.{module.name}"
        ).Provider
        for attr in (
            "first_names", "first_names_male", "first_names_female",
            "first_names_nonbinary",
        ):
            value = provider.__dict__.get(attr)
            if value is None:
                for base in provider.__mro__[1:]:
                    if attr in base.__dict__ and base.__module__.startswith(
                        f"faker.providers.person.{module.name}"
                    ):
                        value = base.__dict__[attr]
                        break
            if isinstance(value, dict):
                value = value.keys()
            if isinstance(value, (list, tuple, set, type({}.keys()))):
                names.update(value)
    if only is not None:
        return names
    # Japanese given names as romanized in faker.
    japanese = importlib.import_module("faker.providers.person.ja_JP").Provider
    names.update(japanese.first_romanized_names)
    return names


def american_names(words: set) -> set:
    """The `en` list's names that are no surname and no word."""
    names = faker_names(only=["en"]) - surnames()
    return {n for n in names if not is_word(n, words)}


def lower_case_words(paths) -> set:
    words = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                word = line.strip()
                if word and word == word.lower():
                    words.add(word)
    return words


def has_name_shape(name: str) -> bool:
    letters = name.replace("-", "").replace("'", "")
    return (
        len(letters) >= 3
        and is_latin(name)
        and letters.isalpha()
        and name[0].isupper()
        and name[1:] == name[1:].lower()
    )


def keep(name: str, words: set) -> bool:
    return has_name_shape(name) and name not in EXCLUDED


def is_word(name: str, words: set) -> bool:
    return name.lower() in words or without_diacritics(name).lower() in words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="gazetteers/given-names.txt")
    parser.add_argument(
        "--words",
        default="/usr/share/dict/dutch,/usr/share/dict/american-english",
    )
    parser.add_argument("--date", default=datetime.date.today().isoformat())
    args = parser.parse_args()
    words = lower_case_words(args.words.split(","))
    places = place_names(os.path.dirname(args.out) or ".")
    candidates = (
        faker_names() | american_names(words) | cyrillic_names()
        | georgian_names() | set(SUPPLEMENT.split())
    )
    # The gazetteer folds case and diacritics (and the dotless `ı`):
    # `Hervé` is the town Herve.
    def folded(name):
        return without_diacritics(name).replace("ı", "i").casefold()

    folded_places = {folded(p) for p in places}
    kept = set()
    placed = set()
    for name in candidates:
        name = unicodedata.normalize("NFC", name.strip())
        if folded(name) in folded_places:
            # Places in EXCLUDED too (`Jordan`, `Paris`): after a cue;
            # not a continent's name (`CEO Asia Pacific`). With and
            # without diacritics, as news writes both.
            for form in {name, without_diacritics(name)}:
                plain = without_diacritics(form)
                if has_name_shape(form) and plain not in CONTINENTS:
                    placed.add(form)
            continue
        if keep(name, words):
            kept.add(name)
            plain = without_diacritics(name)
            if plain != name and keep(plain, words):
                kept.add(plain)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(
            f"# Given names that start a person's name, generated by "
            f"scripts/gazetteers/given_names.py on {args.date}; do not edit by hand.\n"
            f"# Sources: the first-name lists of the Python package faker "
            f"{faker.VERSION} (MIT) for {len(LOCALES)} locales, its romanized "
            f"Japanese names, its Russian and Ukrainian names transliterated "
            f"by the script's CYRILLIC table, its Georgian names by the "
            f"GEORGIAN table, and hand curation (the script's "
            f"SUPPLEMENT). One name per line; '=' marks "
            f"a name that is also a word of the Dutch or English word lists, "
            f"which counts at the start of a sentence unless it opens sentences as a word (src/discover/given.rs, OPENS_AS_WORD); "
            f"'@' a name that is also a built-in place's, which counts only "
            f"after a role noun or a nationality; '~' a name left out as a "
            f"word that counts only before a surname's particle.\n"
        )
        for name in sorted(kept):
            out.write(("=" if is_word(name, words) else "") + name + "\n")
        for name in sorted(placed):
            out.write("@" + name + "\n")
        for name in sorted(BEFORE_PARTICLE):
            out.write("~" + name + "\n")
    print(f"{len(kept)} given names and {len(placed)} of places "
          f"from {len(candidates)} candidates")


if __name__ == "__main__":
    main()
