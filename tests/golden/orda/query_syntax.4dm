// dataClass.query(): placeholders, comparators, wildcards, IN, keywords, paths through relations, order by
ds.Company.fromCollection([{name: "Acme"; city: "Paris"; revenues: 1000}; {name: "Béta"; city: "Lyon"; revenues: 500}; {name: "Gamma"; city: "Paris"; revenues: 2000}])
ds.Employee.fromCollection([{firstName: "Ada"; lastName: "Lovelace"; salary: 5000; employerID: 1; notes: "likes maths and poetry"}; \
{firstName: "Alan"; lastName: "Turing"; salary: 7000; employerID: 1; managerID: 1; notes: "codebreaker"}; \
{firstName: "Grace"; lastName: "Hopper"; salary: 6000; employerID: 2; managerID: 1}; \
{firstName: "Édith"; lastName: "Piaf"; salary: 3000; employerID: 3; woman: True}; \
{firstName: "Kim"; lastName: "Smith@home"; salary: 4000}])
$names:=Formula(This.firstName)

ALERT(ds.Employee.query("lastName = 'lovelace'").firstName.join(","))  // expect: Ada
ALERT(ds.Employee.query("lastName = :1"; "H@").firstName.join(","))  // expect: Grace
ALERT(ds.Employee.query("firstName = :1"; "@a@").firstName.join(","))  // expect: Ada,Alan,Grace
ALERT(ds.Employee.query("firstName = 'edith'").lastName.join(","))  // expect: Piaf
ALERT(ds.Employee.query("firstName === :1"; "Édith").lastName.join(","))  // expect: Piaf
ALERT(ds.Employee.query("lastName == :1"; "Smith@home").firstName.join(","))  // expect: Kim
ALERT(ds.Employee.query("lastName IS :1"; "smith@home").firstName.join(","))  // expect: Kim
ALERT(ds.Employee.query("lastName === :1"; "smith@").firstName.join(","))  // expect: 
ALERT(ds.Employee.query("salary > 5000").firstName.join(","))  // expect: Alan,Grace
ALERT(ds.Employee.query("salary >= :1 & salary < :2"; 5000; 7000).firstName.join(","))  // expect: Ada,Grace
ALERT(ds.Employee.query("salary < 4000 | salary > 6500").firstName.join(","))  // expect: Alan,Édith
ALERT(ds.Employee.query("not(salary > 4000)").firstName.join(","))  // expect: Édith,Kim
ALERT(ds.Employee.query("salary # 5000 and salary != 7000").firstName.join(","))  // expect: Grace,Édith,Kim
ALERT(ds.Employee.query("firstName IN :1"; ["kim"; "GRACE"]).lastName.join(","))  // expect: Hopper,Smith@home
ALERT(ds.Employee.query("firstName in ['Ada', 'Alan']").lastName.join(","))  // expect: Lovelace,Turing
ALERT(ds.Employee.query("not (firstName in :1)"; ["Ada"; "Alan"; "Kim"]).lastName.join(","))  // expect: Hopper,Piaf
ALERT(ds.Employee.query("notes % 'maths'").firstName.join(","))  // expect: Ada
ALERT(ds.Employee.query("notes % 'math'").firstName.join(","))  // expect: 
ALERT(ds.Employee.query("notes = null").firstName.join(","))  // expect: Grace,Édith,Kim
ALERT(ds.Employee.query("notes # null").firstName.join(","))  // expect: Ada,Alan
ALERT(ds.Employee.query("woman = true").firstName.join(","))  // expect: Édith
ALERT(ds.Employee.query("employer.name = :1"; "acme").firstName.join(","))  // expect: Ada,Alan
ALERT(ds.Employee.query("employer.city = 'Paris' and salary < 5000").firstName.join(","))  // expect: Édith
ALERT(ds.Employee.query("manager.firstName = 'Ada'").firstName.join(","))  // expect: Alan,Grace
ALERT(ds.Company.query("staff.salary > 6500").name.join(","))  // expect: Acme
ALERT(ds.Company.query("staff.lastName = 'Turing' and staff.lastName = 'Lovelace'").name.join(","))  // expect: 
ALERT(ds.Company.query("staff.lastName = 'Turing' and staff{2}.lastName = 'Lovelace'").name.join(","))  // expect: Acme
ALERT(ds.Employee.query("employer = null").firstName.join(","))  // expect: Kim
ALERT(ds.Employee.query("employer = :1"; ds.Company.get(2)).firstName.join(","))  // expect: Grace
ALERT(ds.Employee.query("salary > 0 order by lastName desc").lastName.join(","))  // expect: Turing,Smith@home,Piaf,Lovelace,Hopper
ALERT(ds.Employee.query("salary > 0 order by employer.name, firstName desc").firstName.join(","))  // expect: Kim,Alan,Ada,Grace,Édith
ALERT(ds.Employee.query(":1 = :2"; "employer.name"; "gamma").firstName.join(","))  // expect: Édith
$settings:=New object("parameters"; New object("min"; 5000); "attributes"; New object("pay"; "salary"))
ALERT(ds.Employee.query(":pay >= :min"; $settings).firstName.join(","))  // expect: Ada,Alan,Grace
ALERT(ds.Employee.query("eval(Length(This.firstName) = 3)").firstName.join(","))  // expect: Ada,Kim
ALERT(ds.Employee.query("eval(This.salary > $1.limit) and employer.city = 'Paris'"; New object("args"; New object("limit"; 4000))).firstName.join(","))  // expect: Ada,Alan
ALERT(ds.Employee.query(Formula(This.lastName = "T@")).firstName.join(","))  // expect: Alan
ALERT(ds.Employee.query(":1 or salary = 3000"; Formula(This.salary > 6500)).firstName.join(","))  // expect: Alan,Édith
ALERT(ds.Employee.query("salary > :1"; "5500").firstName.join(","))  // expect: Alan,Grace
ALERT(ds.Employee.query("lastName < 'l'").lastName.join(","))  // expect: Hopper
ALERT(ds.Employee.query("lastName <= 'lo@'").lastName.join(","))  // expect: Lovelace,Hopper
$es:=ds.Employee.query("salary > 0").query("employer.name = 'acme' or lastName = 'piaf'")
ALERT($es.firstName.join(","))  // expect: Ada,Alan,Édith
ALERT(String($es.isOrdered()))  // expect: False
ALERT(String(ds.Employee.query("salary > 0 order by salary").isOrdered()))  // expect: True
