// Given names and surnames of people who live in the Netherlands and whom the package lists lack:
// Indian (Hindi, Tamil, Punjabi, Bengali), Eritrean and Ethiopian, Somali, Afghan, Iranian,
// Syrian, Iraqi and Kurdish, Ghanaian and Nigerian. Hand-kept from common knowledge of which
// names are common (no evaluation text was read to make it), input to compile.ts only.
// East Asian names are not listed here: they are told by their order and shape (see east-asian.ts).
const list = (names: string) => names.trim().split(/\s+/);

export const WORLD_GIVEN_NAMES: readonly string[] = list(`
Aarav Abhishek Aditi Aditya Aishwarya Ajay Akash Akshay Amit Anand Ananya Anil Anirudh Anita Anjali Ankit Anupam
Arjun Arun Aruna Arvind Ashok Ashwin Balaji Deepak Deepika Devendra Dinesh Divya Gaurav Gautam Geeta Girish Gopal
Harish Harsh Hemant Ishaan Jatin Jayant Jyoti Kabir Karan Karthik Kavita Kavya Kiran Krishna Kunal Lakshmi Lalitha
Lata Madhu Mahesh Manish Manisha Manoj Meena Mohit Mukesh Murali Nandini Naresh Naveen Neha Nikhil Nikita Nisha
Nitin Padma Pankaj Parvati Pooja Pradeep Prakash Pranav Prashant Priya Radhika Raghav Rahul Rajendra Rajesh Rajiv
Rakesh Ramesh Rekha Ritu Rohan Rohit Sachin Sameer Sandeep Sangeeta Sanjay Sanjeev Santosh Sarita Seema Shalini
Shanti Shreya Shweta Siddharth Sneha Srinivas Subramanian Sudhir Sunil Sunita Suresh Sushila Swati Tanvi Tarun
Usha Vandana Varun Venkatesh Vihaan Vijay Vikas Vikram Vinay Vinod Vishal Vivek Yash Yogesh Gurpreet Harpreet
Jaspreet Manpreet Navdeep Parminder Sukhwinder Amandeep Baljit Harjit Kuldeep Ranjit Simran Arnav Aryan Sourav
Subhash Debashish Abhijit Indrani Moumita Sayan Tanmoy
Dawit Yonas Yohannes Tesfay Tesfaye Mehari Senait Selam Filmon Semere Biniam Robel Merhawi Kibrom Natnael Eyob
Rahwa Saba Winta Luwam Feven Tsega Abeba Hagos Berhe Goitom Haben Yemane Tekle Habtom Medhanie Ermias Henok
Kidane Amanuel Tesfalem Mulugeta Alem Abrehet Mebrat Tsehay Zewdi Almaz Lemlem Senayt Freweyni Segen Meron
Yordanos Aster Tigist Hiwot Mekdes Selamawit Tsion Mahlet Kalkidan Dagmawi Fikru Getachew Girma Kebede Mesfin
Tadesse Tewodros Yared Zerihun Mussie Aklilu Ghirmay Issayas Kiflom Mogos Mehreteab Negasi Okbazghi Russom Teklay
Tesfu Weldu Zeray Adiam Awet Danait Hermon Milen Nardos Rigat Semhar Wegahta Yodit Ariam Bereket Efrem Fitsum
Habtamu Nahom Teame Tedros Yosief Afewerki Asmerom Berhane Hadas Mehret Nebiat Rediet Samrawit Tsigereda Yemisrach
Abdirahman Abdirizak Abdiaziz Abdikarim Abdiweli Ayaan Fadumo Hibo Ifrah Khadra Fartun Sagal Ubah Nimco Deeqa
Ilhan Ladan Maryan Shukri Ubax Hamdi Idil Mustafe Guled Liban Mahad Ayanle Dahir Hirsi Warsame
Ahmadullah Habibullah Najibullah Rahmatullah Zabihullah Wahid Farid Jawad Nasir Shafiq Sayed Mirwais Gulalai
Malalai Nilofar Parwana Roya Shabnam Soraya Zarghona Arash Behnam Dariush Farhad Javad Kaveh Mehdi Mohsen Navid
Omid Payam Reza Saeed Siamak Babak Hossein Parisa Shirin Fatemeh Yazan Rami Tarek Tareq Firas Hussam Bashar Anas
Ammar Zaid Zaher Rania Rasha Hala Dima Reem Hevin Rojda Berivan Dilan Newroz Rojin Zana Shvan Karwan Aso Bakhtiar
Dler Sirwan Hemin Rebin Zhyar Aveen Bahar Nazdar Shilan
Kwame Kwabena Kwaku Kwasi Kofi Kojo Yaw Ama Akosua Adwoa Abena Akua Yaa Afia Efua Esi Ekow Kwesi Kobina Adjoa
Chinedu Chukwuemeka Emeka Ifeanyi Ngozi Chioma Nnamdi Obinna Oluwaseun Seun Tunde Babatunde Ayodele Funmilayo
Folake Yetunde Bisi Kemi Temitope Tope Amaka Adaeze Kelechi Ikenna Segun Femi Dapo Bola Sade Sola Wale Aminu
Hauwa Chidi Ebuka Nkechi Uchenna Olumide Damilola Oluwadamilare Gbenga Kayode Yemi
`);

export const WORLD_SURNAMES: readonly string[] = list(`
Iyer Iyengar Patel Sharma Singh Kumar Gupta Reddy Nair Menon Rao Pillai Chopra Kapoor Khanna Malhotra Mehta Shah
Joshi Desai Verma Agarwal Bhat Banerjee Chatterjee Mukherjee Dutta Ghosh Bose Chaudhary Choudhury Yadav Mishra
Pandey Tiwari Dubey Trivedi Srivastava Saxena Jain Kulkarni Patil Deshpande Naidu Krishnan Subramaniam Raman
Venkataraman Ramachandran Narayanan Gopalan Balasubramanian Chandra Bhattacharya Sinha Thakur Rajput Chauhan
Rathore Sethi Bedi Arora Ahuja Bajaj Gill Sandhu Dhillon Sidhu Grewal Kaur Hegde Shetty Kamath Prabhu Naik Bhatt
Goswami Pathak Shukla Awasthi Kohli Sahni Bakshi Talwar Tandon Khurana Bhatia Chawla Dhawan Luthra Mathur Nagpal
Oberoi Sabharwal Walia Wadhwa Chakraborty Mukhopadhyay Chattopadhyay Sengupta Dasgupta
Gebremedhin Gebremariam Gebreselassie Gebremichael Gebrehiwet Gebreyesus Gebregziabher Gebru Tesfamariam
Tesfamichael Hailemariam Haileselassie Woldemariam Woldemichael Wolde Kidanemariam Berhane Berhe Tekle
Teklehaimanot Teklemariam Habte Habtemariam Habtemichael Abraha Asfaha Ghebremedhin Ghebreyesus Zerai Mehari
Tesfay Tesfaye Kahsay Kiros Mengistu Desta Negash Alemu Bekele Tadesse Girma Kebede Tessema Woldegiorgis Tewolde
Okbamichael Mebrahtu Fesehaye Andemariam Ghebrezgiabher Haile Kidane Ghebru Weldemichael Weldegiorgis Ogbazghi
Farah Warsame Jama Hirsi Egal Elmi Gedi Guled Hersi Mohamud Samatar Dualeh Duale Awale Barre Dirie Isse Muse
Roble Shire Warfa Yonis Abdullahi Abdirahman
Ahmadi Ahmadzai Amiri Azizi Hashimi Hosseini Husseini Jafari Karimi Mohammadi Nazari Noori Qaderi Rahimi Rezaei
Sadat Safi Sultani Yousufzai Popal Stanekzai Wardak Popalzai Durrani Barakzai Haidari Rasuli Sharifi Mousavi
Moradi Ghorbani Rostami Sadeghi Kazemi Hashemi Alizadeh Hosseinzadeh Akbari Asadi Bagheri Ebrahimi Fazeli Habibi
Kamali Mahmoudi Najafi Rahmani Salehi Tehrani Yazdani Zamani Alhassan Alali Almasri Alshami Haddad Khoury Najjar
Halabi Hamwi Kurdi Shami Masri Darwish Hamdan Mansour Nasser Saleh Sabbagh Othman Barzani Talabani Hawrami
Mensah Asante Owusu Boateng Osei Acheampong Agyeman Appiah Addo Amoah Ansah Antwi Asamoah Bonsu Darko Danso Donkor
Frimpong Gyamfi Kyei Nkrumah Ofori Opoku Oppong Quaye Sarpong Tetteh Yeboah Adjei Annan Amponsah Okafor Okeke
Okonkwo Nwosu Adeyemi Adebayo Afolabi Ogunleye Olawale Balogun Bakare Abubakar Danjuma Okoro Nnadi Eze Obi
`);
