// finding: F2-teardown-in-let-else
// seed: 1000031
// expect `drain` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x w18- item 19 w22- w20- w21- t35 t35. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => s6 t4 gaveup w5- t4. t3 t3. t35 t35. close
// expect `take 0 mid 1 cancel` => s6 t4 gaveup w5- t4. t3 t3. t35 t35. cancel
// expect `take 0 mid 1 drop` => s6 t4 gaveup drop droppanic w5x
// expect `take 0 mid 2 close` => s6 t4 gaveup w5- t4. t3 t3. t35 t35. close
// expect `take 0 mid 2 cancel` => s6 t4 gaveup w5- t4. t3 t3. t35 t35. cancel
// expect `take 0 mid 2 drop` => s6 t4 gaveup drop droppanic w5x
// expect `take 0 mid 3 close` => s6 t4 w5- t4. t3 t3. item 7 t35 t35. close
// expect `take 0 mid 3 cancel` => s6 t4 w5- t4. t3 t3. item 7 t35 t35. cancel
// expect `take 0 mid 3 drop` => s6 t4 w5- t4. t3 t3. item 7 drop droppanic
// expect `take 1 close` => s6 t4 w5- t4. t3 t3. item 7 t35 t35. close
// expect `take 1 cancel` => s6 t4 w5- t4. t3 t3. item 7 t35 t35. cancel
// expect `take 1 drop` => s6 t4 w5- t4. t3 t3. item 7 drop droppanic
// expect `take 1 mid 1 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t35 t35. close
// expect `take 1 mid 1 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t35 t35. cancel
// expect `take 1 mid 1 drop` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 drop droppanic
// expect `take 1 mid 2 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t35 t35. close
// expect `take 1 mid 2 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t35 t35. cancel
// expect `take 1 mid 2 drop` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 drop droppanic
// expect `take 1 mid 3 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t35 t35. close
// expect `take 1 mid 3 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t35 t35. cancel
// expect `take 1 mid 3 drop` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 drop droppanic
// expect `take 2 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t35 t35. close
// expect `take 2 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 t35 t35. cancel
// expect `take 2 drop` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 drop droppanic
// expect `take 2 mid 1 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x gaveup w18- t35 t35. close
// expect `take 2 mid 1 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x gaveup w18x t35 t35. cancel
// expect `take 2 mid 1 drop` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x gaveup drop droppanic w18x
// expect `take 2 mid 2 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x w18- item 19 t35 t35. close
// expect `take 2 mid 2 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x w18- item 19 t35 t35. cancel
// expect `take 2 mid 2 drop` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x w18- item 19 drop droppanic
// expect `take 2 mid 3 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x w18- item 19 t35 t35. close
// expect `take 2 mid 3 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x w18- item 19 t35 t35. cancel
// expect `take 2 mid 3 drop` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x w18- item 19 drop droppanic
// expect `take 5 mid 5 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x w18- item 19 w22- w20- w21- t35 t35. end close
// expect `take 5 mid 3 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x w18- item 19 w22- w20- w21- t35 t35. end close
// expect `take 3 mid 2 cancel` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x w18- item 19 w22- gaveup w20x w21x t35 t35. cancel
// expect `take 6 mid 3 close` => s6 t4 w5- t4. t3 t3. item 7 s10 t9 t9. item 12 s14 w15- w27x w31x w18- item 19 w22- w20- w21- t35 t35. end close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t35");
        ctx.log("t35.");
    }
    let mut c1 = 0;
    'l1: loop {
        c1 += 1;
        if c1 > 1 { break; }
        'l2: {
            teardown! {
                ctx.log("t3");
                ctx.log("t3.");
            }
            teardown! {
                ctx.log("t4");
                W::new(&ctx, 5, 2).await;
                ctx.log("t4.");
            }
            ctx.log("s6");
        }
        yield_!(7);
        let Some(v8) = ctx.opt(8, 0b110, 3) else {
            teardown! {
                ctx.log("t9");
                ctx.log("t9.");
            }
            ctx.log("s10");
            break 'l1;
        };
        ctx.log(format!("L{v8}"));
        yield_!(11);
    }
    yield_!(12);
    let b13: u32 = 'l13: {
        ctx.log("s14");
        tokio::select! {
            _ = W::new(&ctx, 15, 0), if ctx.ch(34, 0b1, 1) => {
                if ctx.ch(16, 0b0, 2) {
                    yield_!(17);
                } else {
                    W::new(&ctx, 18, 1).await;
                    yield_!(19);
                    let _ = tokio::try_join!(W::new(&ctx, 20, 2).ok(), W::new(&ctx, 21, 3).ok(), W::new(&ctx, 22, 0).ok());
                    return;
                }
                let mut c23 = 0;
                'l23: loop {
                    c23 += 1;
                    if c23 > 2 { break; }
                    W::new(&ctx, 24, 2).await;
                    yield_!(25);
                    W::new(&ctx, 26, 0).await;
                }
            }
            _ = W::new(&ctx, 27, 1) => {
                if ctx.ch(28, 0b1, 1) {
                    ctx.log("s29");
                    break 'l13 17;
                } else {
                    ctx.log("s30");
                }
            }
            _ = W::new(&ctx, 31, 3), if ctx.ch(32, 0b1100, 4) => {
                ctx.log("s33");
            }
        }
        21
    };
    ctx.log(format!("b13={b13}"));
}
