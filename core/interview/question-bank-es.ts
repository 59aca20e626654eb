// The question bank in Spanish: each English question (knowledge/question-bank/, the key) with
// the Spanish question and hint a Spanish-speaking candidate sees. The strong-answer notes and
// follow-ups stay English: they guide the scoring, the candidate never reads them.

export interface SpanishQuestion {
  text: string;
  hint: string;
}

export const questionBankEs: Record<string, SpanishQuestion> = {
  'Tell me about a time you started work with unclear requirements.': {
    text: 'Cuéntame de una vez en que empezaste un trabajo con requisitos poco claros.',
    hint: 'Elige un encargo vago; explica la primera pregunta que hiciste y lo primero, aunque fuera pequeño, que entregaste.',
  },
  'Describe a decision you had to make without all the information you wanted.': {
    text: 'Describe una decisión que tuviste que tomar sin toda la información que querías.',
    hint: 'Usa una decisión con fecha límite; di qué sabías, qué no, y por qué elegiste como elegiste.',
  },
  'Tell me about a time your priorities or goals changed suddenly in the middle of a project.': {
    text: 'Cuéntame de una vez en que tus prioridades u objetivos cambiaron de golpe a mitad de un proyecto.',
    hint: 'Elige un giro real; cuéntalo como el antes, el cambio, lo que hiciste la primera semana y el resultado.',
  },
  'Give an example of when you brought structure to a messy or undefined area.': {
    text: 'Dame un ejemplo de cuando pusiste orden en un área desordenada o poco definida.',
    hint: 'Piensa en una época en que la gente repetía las mismas preguntas o perdía el hilo del trabajo; describe lo que organizaste.',
  },
  'Tell me about a time you had to explain something complex to someone without your background.': {
    text: 'Cuéntame de una vez en que tuviste que explicar algo complejo a alguien sin tu formación.',
    hint: 'Elige un concepto y un público; describe la analogía o la imagen que usaste.',
  },
  'Describe a time a misunderstanding caused problems and how you fixed it.': {
    text: 'Describe una vez en que un malentendido causó problemas y cómo lo resolviste.',
    hint: 'Cuéntalo como lo que se dijo, lo que se entendió, la consecuencia y tu solución.',
  },
  'Tell me about a time you had to deliver bad news.': {
    text: 'Cuéntame de una vez en que tuviste que dar una mala noticia.',
    hint: 'Elige un retraso, una funcionalidad cancelada o un objetivo no cumplido; céntrate en cómo diste el mensaje.',
  },
  'Give an example of when you had to persuade a group to change their mind.': {
    text: 'Dame un ejemplo de cuando tuviste que convencer a un grupo de cambiar de opinión.',
    hint: 'Describe de dónde partía el grupo, qué lo convenció y la decisión que vino después.',
  },
  'Tell me about a time you strongly disagreed with a colleague about how to do something.': {
    text: 'Cuéntame de una vez en que no estuviste nada de acuerdo con un colega sobre cómo hacer algo.',
    hint: 'Elige un desacuerdo sobre el trabajo, no sobre personalidades; expón las dos posturas con justicia antes de decir lo que hiciste.',
  },
  'Describe a situation where you had to work closely with someone whose style was very different from yours.': {
    text: 'Describe una situación en la que tuviste que trabajar de cerca con alguien de estilo muy distinto al tuyo.',
    hint: 'Elige a una persona y un hábito concreto que chocaba con el tuyo; describe el ajuste que hiciste.',
  },
  'Tell me about a time you had to push back on a request from a manager or stakeholder.': {
    text: 'Cuéntame de una vez en que tuviste que oponerte a una petición de un jefe o de una parte interesada.',
    hint: 'Elige una petición que te parecía equivocada; explica el riesgo que viste, la alternativa que ofreciste y el resultado.',
  },
  'Give an example of when you helped two other people resolve a conflict between them.': {
    text: 'Dame un ejemplo de cuando ayudaste a otras dos personas a resolver un conflicto entre ellas.',
    hint: 'Elige un conflicto en el que no eras parte; describe qué quería cada lado y el paso que lo desbloqueó.',
  },
  'Tell me about a time you went beyond what was expected for a customer or user.': {
    text: 'Cuéntame de una vez en que fuiste más allá de lo esperado por un cliente o usuario.',
    hint: 'Elige un cliente y un problema; di qué se esperaba y qué hiciste de más.',
  },
  'Describe a time you had to balance what a customer asked for with what was right for the business.': {
    text: 'Describe una vez en que tuviste que equilibrar lo que pedía un cliente con lo que convenía al negocio.',
    hint: 'Describe la petición, el conflicto con el negocio y el punto medio que encontraste.',
  },
  'Tell me about a time you used customer feedback to change something.': {
    text: 'Cuéntame de una vez en que usaste los comentarios de clientes para cambiar algo.',
    hint: 'Elige un comentario concreto; síguelo desde lo que escuchaste hasta lo que cambió.',
  },
  'Give an example of how you handled a very unhappy customer.': {
    text: 'Dame un ejemplo de cómo manejaste a un cliente muy descontento.',
    hint: 'Cuéntalo como la queja, tu primera respuesta, la solución y el seguimiento.',
  },
  'Tell me about a time you failed at something important to you.': {
    text: 'Cuéntame de una vez en que fallaste en algo importante para ti.',
    hint: 'Elige un fracaso real con algo en juego, no un éxito disfrazado; cuenta la historia breve y dedica tiempo a la lección.',
  },
  'Describe a project that did not go as planned and what you would do differently.': {
    text: 'Describe un proyecto que no salió como estaba previsto y qué harías diferente.',
    hint: 'Estructúralo como plan frente a realidad, el momento en que te diste cuenta, lo que hiciste y lo que cambiaste después.',
  },
  'Tell me about a time you received feedback that you had let someone down.': {
    text: 'Cuéntame de una vez en que te dijeron que habías decepcionado a alguien.',
    hint: 'Elige un comentario que te dolió; describe con sinceridad tu primera reacción y luego lo que hiciste las semanas siguientes.',
  },
  'Give an example of a risk you took that did not pay off.': {
    text: 'Dame un ejemplo de un riesgo que asumiste y que no salió bien.',
    hint: 'Elige una apuesta deliberada, no un accidente; di qué esperabas ganar y lo que realmente te costó.',
  },
  'Tell me about a time you had to learn something new quickly to get a job done.': {
    text: 'Cuéntame de una vez en que tuviste que aprender algo nuevo rápido para sacar un trabajo adelante.',
    hint: 'Elige una herramienta, un lenguaje o un ámbito nuevo; di cuánto tiempo tenías y qué produjiste.',
  },
  'Describe the most useful piece of feedback you have received and what you did with it.': {
    text: 'Describe el comentario más útil que has recibido y qué hiciste con él.',
    hint: 'Elige un comentario que cambió un hábito; di quién te lo dio, qué era y qué haces distinto hoy.',
  },
  'Tell me about a skill you deliberately worked to improve over the last year.': {
    text: 'Cuéntame de una habilidad que te propusiste mejorar durante el último año.',
    hint: 'Elige una habilidad y cuéntala como el antes, el plan y el después.',
  },
  'Give an example of when you stepped outside your comfort zone at work.': {
    text: 'Dame un ejemplo de cuando saliste de tu zona de confort en el trabajo.',
    hint: 'Elige una primera vez para ti, como tu primera charla, el primer proyecto que lideraste o tu primera llamada con un cliente.',
  },
  'Tell me about a time you led a group without having formal authority over them.': {
    text: 'Cuéntame de una vez en que lideraste a un grupo sin tener autoridad formal sobre él.',
    hint: 'Elige una vez en que coordinaste a personas que no dependían de ti; describe cómo sumaste a la primera.',
  },
  'Describe a time you helped someone else grow or improve.': {
    text: 'Describe una vez en que ayudaste a otra persona a crecer o mejorar.',
    hint: 'Elige a una persona y una habilidad; describe de dónde partía, qué hiciste y a dónde llegó.',
  },
  'Tell me about a time you had to make an unpopular decision.': {
    text: 'Cuéntame de una vez en que tuviste que tomar una decisión impopular.',
    hint: 'Elige una decisión con una contrapartida clara; explica a quién no le gustó y cómo la comunicaste.',
  },
  'Give an example of when you set a direction or vision for others.': {
    text: 'Dame un ejemplo de cuando marcaste un rumbo o una visión para otros.',
    hint: 'Describe el punto de partida, el rumbo que propusiste en una frase y cómo lo llevó a la práctica la gente.',
  },
  'Tell me about a time you took responsibility for a problem that was not formally yours.': {
    text: 'Cuéntame de una vez en que asumiste un problema que formalmente no era tuyo.',
    hint: 'Elige una vez en que viste que algo se quedaba sin dueño; di qué notaste, qué hiciste primero y cómo terminó.',
  },
  'Describe a commitment you made that you were at risk of missing, and what you did about it.': {
    text: 'Describe un compromiso que corrías el riesgo de no cumplir y qué hiciste al respecto.',
    hint: 'Elige una fecha límite que casi se te escapa; estructúralo como la señal de alarma, a quién avisaste, el plan y el resultado.',
  },
  'Give an example of a time you followed a piece of work through after it was officially done.': {
    text: 'Dame un ejemplo de una vez en que seguiste de cerca un trabajo después de que se diera oficialmente por terminado.',
    hint: 'Piensa en un lanzamiento o un traspaso al que seguiste la pista; describe qué revisaste y qué encontraste.',
  },
  'Tell me about a mistake of yours that affected others and how you handled it.': {
    text: 'Cuéntame de un error tuyo que afectó a otros y cómo lo manejaste.',
    hint: 'Elige un error real con un coste claro; dedica poco tiempo al error y la mayor parte a lo que hiciste después.',
  },
  'Tell me about a time you had more work than you could possibly finish.': {
    text: 'Cuéntame de una vez en que tenías más trabajo del que podías terminar.',
    hint: 'Elige una época de mucha presión; describe cómo decidiste el orden y qué dejaste fuera.',
  },
  'Describe a time you had to choose between two important deadlines or requests.': {
    text: 'Describe una vez en que tuviste que elegir entre dos fechas límite o peticiones importantes.',
    hint: 'Nombra las dos peticiones y a quién las pedía; explica qué sopesaste para elegir.',
  },
  'Tell me about a time you said no to something you were asked to do.': {
    text: 'Cuéntame de una vez en que dijiste que no a algo que te pidieron.',
    hint: 'Elige una petición razonable que no encajaba con las prioridades; explica cómo formulaste el no.',
  },
  'Give an example of how you decided what to work on first when starting a new role or project.': {
    text: 'Dame un ejemplo de cómo decidiste en qué trabajar primero al empezar en un puesto o proyecto nuevo.',
    hint: 'Describe tu primer mes: con quién hablaste, qué encontraste y lo primero que entregaste.',
  },
  'Tell me about a time you helped a teammate who was struggling.': {
    text: 'Cuéntame de una vez en que ayudaste a un compañero que lo estaba pasando mal.',
    hint: 'Elige a un compañero y un problema; describe qué notaste y qué le ofreciste.',
  },
  'Describe a successful project where your contribution depended on others.': {
    text: 'Describe un proyecto exitoso en el que tu aportación dependía de otros.',
    hint: 'Dibuja mentalmente el proyecto como quién hizo qué; luego describe tu parte y cómo conectaba con la de los demás.',
  },
  'Tell me about a time you had to work with a team member who was not pulling their weight.': {
    text: 'Cuéntame de una vez en que tuviste que trabajar con alguien del equipo que no hacía su parte.',
    hint: 'Céntrate en tus propias acciones: la conversación que tuviste y lo que cambió después.',
  },
  'Give an example of a time you put the team\'s goal ahead of your own preferences.': {
    text: 'Dame un ejemplo de una vez en que antepusiste el objetivo del equipo a tus preferencias.',
    hint: 'Elige una vez en que no estabas de acuerdo pero te comprometiste igual; describe cómo apoyaste la decisión.',
  },
  'Walk me through how you would design a URL shortener that handles millions of redirects a day.': {
    text: 'Explícame paso a paso cómo diseñarías un acortador de URL que gestione millones de redirecciones al día.',
    hint: 'Empieza por las dos peticiones principales, crear y redirigir; luego habla del almacenamiento y después de la escala.',
  },
  'An API endpoint that used to respond in 100 ms now takes 3 seconds. How would you find the cause?': {
    text: 'Un endpoint de una API que respondía en 100 ms ahora tarda 3 segundos. ¿Cómo encontrarías la causa?',
    hint: 'Piensa por capas: qué cambió, dónde se va el tiempo y luego por qué.',
  },
  'How would you model the data for an online booking system with users, resources and reservations?': {
    text: '¿Cómo modelarías los datos de un sistema de reservas en línea con usuarios, recursos y reservas?',
    hint: 'Enumera primero los sustantivos, luego las relaciones y después las reglas que los datos nunca deben romper.',
  },
  'When would you choose a message queue over a direct synchronous API call between services?': {
    text: '¿Cuándo elegirías una cola de mensajes en lugar de una llamada síncrona directa a una API entre servicios?',
    hint: 'Compara las dos opciones en un flujo concreto, como hacer un pedido, y pregúntate qué pasa cuando algo falla.',
  },
  'Tell me how you would roll out a database schema change on a live system without downtime.': {
    text: 'Cuéntame cómo aplicarías un cambio de esquema de base de datos en un sistema en producción sin tiempo de inactividad.',
    hint: 'Piensa en el cambio como varios despliegues pequeños, cada uno compatible con el código antiguo y el nuevo.',
  },
  'A key business metric dropped 20 percent overnight. How would you investigate?': {
    text: 'Una métrica clave del negocio cayó un 20 por ciento de un día para otro. ¿Cómo lo investigarías?',
    hint: 'Divídelo en dos preguntas: ¿los datos son correctos? Y si lo son, ¿dónde exactamente se produjo la caída?',
  },
  'How would you design an A/B test for a new checkout flow?': {
    text: '¿Cómo diseñarías una prueba A/B para un nuevo proceso de pago?',
    hint: 'Di qué cambias, quién lo ve, qué mides y cómo decides.',
  },
  'Describe how you would build a reliable data pipeline from an application database to a reporting warehouse.': {
    text: 'Describe cómo construirías un pipeline de datos fiable desde la base de datos de una aplicación hasta un almacén de datos para informes.',
    hint: 'Sigue un registro desde el origen hasta el panel y pregúntate qué podría fallar en cada paso.',
  },
  'How would you explain a model\'s or analysis\'s limitations to a non-technical stakeholder?': {
    text: '¿Cómo explicarías las limitaciones de un modelo o de un análisis a una persona no técnica?',
    hint: 'Usa un análisis reciente; di qué muestra, qué no muestra y qué decisión respalda.',
  },
  'How do you decide which features or variables to use when building a predictive model?': {
    text: '¿Cómo decides qué características o variables usar al construir un modelo predictivo?',
    hint: 'Parte de la decisión que apoya el modelo y pregúntate qué se sabría en el momento de predecir.',
  },
  'Walk me through one project in your portfolio from problem to final design.': {
    text: 'Explícame un proyecto de tu portafolio, desde el problema hasta el diseño final.',
    hint: 'Elige un proyecto y cuéntalo como problema, proceso, decisión clave y resultado.',
  },
  'How do you respond when stakeholders give you conflicting feedback on a design?': {
    text: '¿Qué haces cuando las partes interesadas te dan comentarios contradictorios sobre un diseño?',
    hint: 'Piensa en una revisión de diseño en la que dos personas querían cosas opuestas; describe cómo avanzaste.',
  },
  'Critique a product or app you use every day.': {
    text: 'Haz una crítica de un producto o una app que uses a diario.',
    hint: 'Elige una app que conozcas bien; di para quién es, y luego una cosa que hace bien y otra que hace mal.',
  },
  'How do you decide when a design is ready to hand off to engineering?': {
    text: '¿Cómo decides cuándo un diseño está listo para pasarlo a ingeniería?',
    hint: 'Piensa en las preguntas que te hicieron los ingenieros la última vez y en cómo las respondiste por adelantado.',
  },
  'How do you use research or testing to validate a design decision?': {
    text: '¿Cómo usas la investigación o las pruebas para validar una decisión de diseño?',
    hint: 'Elige una decisión y un método; di qué aprendiste y qué cambió.',
  },
  'Walk me through how you would respond to a production outage as the on-call engineer.': {
    text: 'Explícame paso a paso cómo responderías a una caída en producción estando de guardia.',
    hint: 'Divídelo en detectar, mitigar, comunicar y aprender.',
  },
  'How would you design a CI/CD pipeline for a team deploying several times a day?': {
    text: '¿Cómo diseñarías un pipeline de CI/CD para un equipo que despliega varias veces al día?',
    hint: 'Sigue un commit desde el merge hasta producción y nombra cada comprobación que pasa.',
  },
  'How do you decide what to monitor and alert on for a service?': {
    text: '¿Cómo decides qué monitorizar y sobre qué alertar en un servicio?',
    hint: 'Parte de lo que experimentan los usuarios cuando el servicio va mal y retrocede hasta las señales.',
  },
  'Explain how you would manage infrastructure changes safely across several environments.': {
    text: 'Explica cómo gestionarías cambios de infraestructura de forma segura en varios entornos.',
    hint: 'Describe cómo pasa un cambio de una pull request a producción y quién puede aprobarlo.',
  },
  'How would you reduce cloud costs for a system without hurting reliability?': {
    text: '¿Cómo reducirías los costes de nube de un sistema sin perjudicar su fiabilidad?',
    hint: 'Primero averigua en qué se va el dinero y luego elige el mayor ahorro que sea seguro.',
  },
  'A page in your app feels slow to load and interact with. How would you investigate and improve it?': {
    text: 'Una página de tu app tarda en cargar y responde con lentitud. ¿Cómo lo investigarías y la mejorarías?',
    hint: 'Separa la carga de la interacción; mide primero y luego arregla el coste más grande.',
  },
  'How do you decide where state should live in a frontend application?': {
    text: '¿Cómo decides dónde debe vivir el estado en una aplicación frontend?',
    hint: 'Pregúntate quién necesita los datos, cuánto tiempo viven y de dónde vienen.',
  },
  'How do you make sure a web interface is accessible?': {
    text: '¿Cómo te aseguras de que una interfaz web sea accesible?',
    hint: 'Imagina que usas la página solo con el teclado y luego con un lector de pantalla.',
  },
  'Describe how you would build a reusable component library for several product teams.': {
    text: 'Describe cómo construirías una biblioteca de componentes reutilizables para varios equipos de producto.',
    hint: 'Piensa en quienes la usan: cómo encuentran, usan y actualizan un componente.',
  },
  'What is your approach to testing a frontend application?': {
    text: '¿Cómo enfocas las pruebas de una aplicación frontend?',
    hint: 'Describe los tipos de pruebas que escribes y qué pretende detectar cada uno.',
  },
  'Walk me through how you approach a problem you have never seen before.': {
    text: 'Explícame cómo abordas un problema que nunca habías visto.',
    hint: 'Elige un problema real y desconocido para ti; describe las tres primeras cosas que hiciste.',
  },
  'Which tools do you rely on most in your work, and how did you choose them?': {
    text: '¿En qué herramientas te apoyas más en tu trabajo y cómo las elegiste?',
    hint: 'Describe un día normal de trabajo y las herramientas que usas en cada paso.',
  },
  'How would you get up to speed in a new industry or domain within your first month?': {
    text: '¿Cómo te pondrías al día en un sector o ámbito nuevo durante tu primer mes?',
    hint: 'Divide el mes en semanas: escuchar, aprender lo básico y aportar algo pequeño.',
  },
  'How do you check the quality of your own work before handing it over?': {
    text: '¿Cómo compruebas la calidad de tu propio trabajo antes de entregarlo?',
    hint: 'Piensa en un trabajo reciente y en los pasos que diste antes de darlo por terminado.',
  },
  'How do you organise your work when you juggle several projects at once?': {
    text: '¿Cómo organizas tu trabajo cuando llevas varios proyectos a la vez?',
    hint: 'Describe tu sistema real en una semana típica, no uno ideal.',
  },
  'How would you make a mobile app work well with a poor or missing network connection?': {
    text: '¿Cómo harías que una app móvil funcione bien con una conexión mala o sin conexión?',
    hint: 'Recorre el caso de alguien que abre la app en un tren: qué ve, qué cambia y qué pasa cuando vuelve la señal.',
  },
  'Users report that your app drains their battery. How would you investigate?': {
    text: 'Los usuarios dicen que tu app les agota la batería. ¿Cómo lo investigarías?',
    hint: 'Enumera lo que mantiene despierto un teléfono: ubicación, red, temporizadores, tareas en segundo plano; luego mide cada cosa.',
  },
  'How do you approach releasing a new version of a mobile app safely?': {
    text: '¿Cómo publicas una nueva versión de una app móvil de forma segura?',
    hint: 'Recuerda que los usuarios actualizan despacio; piensa en qué te protege una vez que la versión ya está publicada.',
  },
  'How do you structure a mobile app\'s architecture so it stays maintainable as it grows?': {
    text: '¿Cómo estructuras la arquitectura de una app móvil para que siga siendo mantenible a medida que crece?',
    hint: 'Describe una pantalla desde la interfaz hasta los datos y muestra dónde vive cada responsabilidad.',
  },
  'A screen in your app stutters when scrolling through a long list. How would you fix it?': {
    text: 'Una pantalla de tu app da tirones al desplazarse por una lista larga. ¿Cómo lo arreglarías?',
    hint: 'Piensa en qué ocurre cada vez que aparece una fila nueva en pantalla.',
  },
  'You start a shift with five patients. How do you decide who to see first?': {
    text: 'Empiezas un turno con cinco pacientes. ¿Cómo decides a quién ves primero?',
    hint: 'Usa un marco como el ABC o la pirámide de Maslow y aplícalo a los cinco pacientes uno por uno.',
  },
  'Describe how you would recognise and respond to a patient whose condition is deteriorating.': {
    text: 'Describe cómo reconocerías y atenderías a un paciente cuyo estado empeora.',
    hint: 'Describe las señales que vigilas, a quién llamas y qué dices usando SBAR.',
  },
  'What steps do you take to prevent medication errors?': {
    text: '¿Qué pasos sigues para prevenir errores de medicación?',
    hint: 'Recorre paso a paso una ronda de medicación y nombra las comprobaciones en cada punto.',
  },
  'How would you handle a situation where a patient refuses a treatment you believe they need?': {
    text: '¿Cómo manejarías una situación en la que un paciente rechaza un tratamiento que crees que necesita?',
    hint: 'Céntrate en entender por qué lo rechaza antes de intentar convencerlo.',
  },
  'Tell me how you give a safe and complete handover to the next nurse.': {
    text: 'Cuéntame cómo haces un relevo seguro y completo a la siguiente enfermera o enfermero.',
    hint: 'Usa una estructura como SBAR e imagina que eres tú quien recibe al paciente.',
  },
  'You have ten feature requests and capacity for three. How do you decide what to build?': {
    text: 'Tienes diez peticiones de funcionalidades y capacidad para tres. ¿Cómo decides qué construir?',
    hint: 'Elige un marco, aplícalo a un ejemplo y di qué les dirías a las personas cuyas peticiones quedaron fuera.',
  },
  'How would you define success metrics for a new feature?': {
    text: '¿Cómo definirías las métricas de éxito de una nueva funcionalidad?',
    hint: 'Parte del problema del usuario que resuelve la funcionalidad y pregúntate cómo sabrías que está resuelto.',
  },
  'Tell me how you would decide whether to build, buy or partner for a capability.': {
    text: 'Cuéntame cómo decidirías si construir, comprar o buscar un socio para una capacidad.',
    hint: 'Pregúntate si esa capacidad es lo que diferencia a tu producto; eso suele decidir la respuesta.',
  },
  'Walk me through how you would discover what users actually need before building something.': {
    text: 'Explícame cómo descubrirías lo que los usuarios necesitan de verdad antes de construir algo.',
    hint: 'Separa el problema de la solución; habla primero de cómo aprendes sobre el problema.',
  },
  'How do you handle a trade-off between shipping on time and shipping with full quality?': {
    text: '¿Cómo manejas el dilema entre entregar a tiempo y entregar con toda la calidad?',
    hint: 'Usa un lanzamiento real; di qué recortaste, por qué y qué pasó después.',
  },
  'Walk me through how you qualify a new lead.': {
    text: 'Explícame cómo cualificas un nuevo lead.',
    hint: 'Enumera las preguntas que haces en una primera llamada y qué respuesta te hace descartarlo.',
  },
  'How do you run a discovery call with a new prospect?': {
    text: '¿Cómo llevas una llamada de descubrimiento con un nuevo cliente potencial?',
    hint: 'Estructúrala como preparar, abrir, preguntar por el problema, cuantificar el impacto y acordar el siguiente paso.',
  },
  'How do you keep your pipeline healthy and your forecast accurate?': {
    text: '¿Cómo mantienes sano tu pipeline y precisa tu previsión?',
    hint: 'Describe tu rutina semanal de pipeline y qué te hace confiar en una oportunidad.',
  },
  'Tell me how you handle a prospect who says your price is too high.': {
    text: 'Cuéntame cómo manejas a un cliente potencial que dice que tu precio es demasiado alto.',
    hint: 'Pregunta qué hay detrás de la objeción antes de responderla; el precio a menudo no es el verdadero problema.',
  },
  'How would you approach a large deal with several decision makers in the buying company?': {
    text: '¿Cómo abordarías una venta grande con varias personas que deciden en la empresa compradora?',
    hint: 'Dibuja el grupo comprador: quién decide, quién influye y quién puede bloquear.',
  },
};
